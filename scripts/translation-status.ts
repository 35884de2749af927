/**
 * The translation status of the archive: for every English entry and every other locale, whether
 * the translation is up to date, outdated (with what changed in the English since), a draft or missing.
 *
 *   npm run translations                 the report; exits 0
 *   npm run translations -- --diff       also prints, for outdated translations, the English lines that changed
 *   npm run translations -- --strict     exits 1 when anything is missing, outdated or a draft (for a release's CI)
 *   npm run translations -- 12 fr        only issue N° 12 (its texts and its contacts), only French; either alone too
 */
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { readContent } from '../src/lib/read-content.ts';
import { formatProblem } from '../src/lib/content-error.ts';
import { commitFirstAdvice, sourceAtVersion } from '../src/lib/source-version.ts';
import { countStates, statusInputs, translationStatus, type LocaleStatus } from '../src/lib/translation-status.ts';
import { TRANSLATION_LOCALE_PATHS } from '../src/lib/translations.ts';
import { issueFolderName } from '../src/lib/archive.ts';

const OPTIONS = ['--diff', '--strict'];
const words = process.argv.slice(2);
const args = new Set(words.filter((word) => OPTIONS.includes(word)));
// As translate takes them: an issue's number and a language, as the site writes it in addresses.
const issueNumber = words.find((word) => /^\d+$/.test(word));
const localePath = words.map((word) => word.toLowerCase()).find((word) => (TRANSLATION_LOCALE_PATHS as string[]).includes(word));
const unknown = words.filter((word) => !OPTIONS.includes(word) && word !== issueNumber && word.toLowerCase() !== localePath);
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}; the options are ${OPTIONS.join(' and ')}, an issue's number (12) and a language (${TRANSLATION_LOCALE_PATHS.join(', ')}).`);
  process.exit(2);
}
const { input, translations, problems } = await readContent(CONTENT_DIR);
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(2);
}

/** The entries of the issue asked for, if one is: its folder's texts and its contacts. */
function inIssue(number: string | undefined): ((id: string) => boolean) | undefined {
  if (number === undefined) return undefined;
  const folder = issueFolderName(Number(number));
  const issue = input.issues.find((entry) => entry.data.number === Number(number));
  if (!issue) {
    console.error(`There is no issue N° ${number}.`);
    process.exit(2);
  }
  const contacts = new Set(issue.data.contacts.map(({ contact }) => contact));
  return (id) => id.startsWith(`${folder}/`) || contacts.has(id);
}
const shownEntry = inIssue(issueNumber);

const describe = (status: LocaleStatus): string => {
  const via = status.transliterated ? ', from the other script' : '';
  if (status.state === 'missing') return `${status.locale.path} missing`;
  if (status.state === 'up-to-date') return `${status.locale.path} up to date${via}`;
  if (status.state === 'draft') return `${status.locale.path} being translated (draft: true; readers get the English)${via}`;
  const lines = status.changedLines ? ` (+${status.changedLines.added} −${status.changedLines.removed} lines in the English)` : ' (the English changed; its earlier version is not in the repository)';
  return `${status.locale.path} OUTDATED${lines}${via}`;
};

const entries = translationStatus(statusInputs(Object.values(input).flat(), Object.values(translations).flat()))
  .filter((entry) => shownEntry?.(entry.id) ?? true)
  .map((entry) => ({ ...entry, locales: entry.locales.filter((status) => localePath === undefined || status.locale.path === localePath) }));
/** English files whose version the report gives to record while it is not committed. */
const uncommitted = new Set<string>();
for (const entry of entries) {
  console.log(`${entry.file}\n  ${entry.locales.map(describe).join(' | ')}`);
  for (const status of entry.locales) {
    if (status.state !== 'outdated' || status.transliterated) continue;
    if (args.has('--diff') && status.changes) console.log(status.changes.replace(/^/gm, '    '));
    console.log(`  once ${status.file} says what the English says now, set its sourceVersion to "${entry.version}"`);
    if (!uncommitted.has(entry.file) && sourceAtVersion(entry.version, entry.file) === undefined) uncommitted.add(entry.file);
  }
}
if (uncommitted.size > 0) console.log(`\n${commitFirstAdvice([...uncommitted])}`);
const counts = countStates(entries);
console.log(`\n${entries.length} English entries: ${counts['up-to-date']} translations up to date, ${counts.outdated} outdated, ${counts.draft} being translated, ${counts.missing} missing.`);
if (args.has('--strict') && counts.outdated + counts.draft + counts.missing > 0) process.exit(1);
