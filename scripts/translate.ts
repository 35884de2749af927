/**
 * Starts a translation: copies an English entry into a locale beside its source, with the version of
 * the source it starts from. Never overwrites: an existing translation is left alone and reported.
 *
 *   npm run translate -- 12 fr                        every entry of issue N° 12 (and its contacts)
 *   npm run translate -- 012/french-strategy sr-cyrl  one piece (or editorial, issue, agenda)
 *   npm run translate -- contacts/caroline-charpentier fr
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import yaml from 'js-yaml';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { translationTemplate, type TranslatableKind } from '../src/lib/translation-template.ts';
import { otherSerbianScript, TRANSLATION_LOCALE_PATHS } from '../src/lib/translations.ts';
import { issueFolderName } from '../src/lib/archive.ts';
import { commitFirstAdvice, sourceAtVersion, sourceVersion } from '../src/lib/source-version.ts';

const [what, localeArgument] = process.argv.slice(2);
// As the site writes it in addresses (sr-cyrl) or as the language tag (sr-Cyrl).
const localePath = localeArgument?.toLowerCase();
const usage = `Usage: npm run translate -- <issue number | 012/piece | contacts/id> <${TRANSLATION_LOCALE_PATHS.join(' | ')}>`;
if (!what || !localePath) fail(usage);
if (!(TRANSLATION_LOCALE_PATHS as string[]).includes(localePath!)) fail(`"${localePath}" is not a language to translate into; expected ${TRANSLATION_LOCALE_PATHS.join(', ')}.\n${usage}`);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const kindOf = (file: string): TranslatableKind =>
  file.startsWith('contacts/') ? 'contact' : file.endsWith('/issue.yaml') ? 'issue' : file.endsWith('/agenda.yaml') ? 'agenda' : 'piece';

/** Source files (relative to the content folder) that `what` designates. */
async function sourcesOf(target: string): Promise<string[]> {
  if (/^\d+$/.test(target)) {
    const folder = `issues/${issueFolderName(Number(target))}`;
    if (!existsSync(join(CONTENT_DIR, folder, 'issue.yaml'))) fail(`There is no issue N° ${target} (no ${join(CONTENT_DIR, folder, 'issue.yaml')}).`);
    const files = (await glob(['*.{yaml,md,mdx}', '!*.*.*'], { cwd: join(CONTENT_DIR, folder) })).map((f) => `${folder}/${f}`);
    const issue = yaml.load(readFileSync(join(CONTENT_DIR, folder, 'issue.yaml'), 'utf8')) as { contacts?: { contact: string }[] };
    const contacts = (issue.contacts ?? []).map(({ contact }) => `contacts/${contact}.yaml`);
    return [...files.sort(), ...contacts];
  }
  const entry = target.replace(/^content\//, '').replace(/\.(mdx?|ya?ml)$/, '');
  const path = entry.startsWith('contacts/') ? entry : `issues/${entry.replace(/^issues\//, '').replace(/^(\d+)\//, (_, n: string) => `${issueFolderName(Number(n))}/`)}`;
  for (const ext of ['.mdx', '.md', '.yaml']) if (existsSync(join(CONTENT_DIR, path + ext))) return [path + ext];
  return fail(`There is no English entry "${target}" (looked for ${join(CONTENT_DIR, path)}.mdx, .md and .yaml).`);
}

/** A translation's file: beside its source, the locale before the extension. */
const translationFile = (sourcePath: string, locale: string) => sourcePath.replace(/(\.[a-z]+)$/, `.${locale}$1`);
// Serbian is written once: the build makes the other script from it.
const otherScript = otherSerbianScript(localePath!);

let created = 0;
/** English files whose text now is not in the project's history: the status could not show what changed in them since. */
const uncommitted: string[] = [];
for (const file of await sourcesOf(what!)) {
  const sourcePath = join(CONTENT_DIR, file);
  const target = translationFile(sourcePath, localePath!);
  const shown = relative(process.cwd(), target);
  if (existsSync(target)) {
    console.log(`exists, left as it is: ${shown}`);
    continue;
  }
  const otherTarget = otherScript && translationFile(sourcePath, otherScript);
  if (otherTarget && existsSync(otherTarget)) {
    console.log(`not created: the Serbian of ${relative(process.cwd(), sourcePath)} is written in ${relative(process.cwd(), otherTarget)}, from which the build makes the other script`);
    continue;
  }
  const english = readFileSync(sourcePath, 'utf8');
  writeFileSync(target, translationTemplate(kindOf(file), relative(process.cwd(), sourcePath), english, localePath!), { flag: 'wx' });
  console.log(`created: ${shown}`);
  created++;
  if (sourceAtVersion(sourceVersion(english), sourcePath) === undefined) uncommitted.push(relative(process.cwd(), sourcePath));
}
if (uncommitted.length > 0) console.log(commitFirstAdvice(uncommitted));
console.log(
  created > 0
    ? `${created} translation file(s) created; replace their English text with the ${localePath} translation, then delete their line "draft: true".`
    : 'No translation file created: every one asked for is already there (see above); edit it where it is.',
);
