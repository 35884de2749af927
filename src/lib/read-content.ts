import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { COLLECTIONS, entryId, type CollectionName } from '../schemas/collections.ts';
import { issueMessages } from '../schemas/common.ts';
import type { ArchiveInput } from './archive.ts';
import { TRANSLATION_LANGUAGES_IN_WORDS, translationFileName, type TranslationInput } from './translations.ts';
import { shownPath, type ContentProblem } from './content-error.ts';
import { formatFieldPath } from './field-path.ts';
import { lineOfField } from './yaml-lines.ts';
import { missingImage } from './image-fields.ts';
import { frontmatterProblem } from './frontmatter-problem.ts';

export interface ReadResult {
  input: ArchiveInput<{ body: string }>;
  translations: TranslationInput<{ body: string }>;
  problems: ContentProblem[];
  /** Files that could not be read or failed their schema, with their entry ("pieces/012/french-strategy"): they are missing from `input`. */
  rejected: { file: string; entry: string }[];
}

/** An image field outside Astro: the file name as written, which must exist beside the entry. */
const imageBeside = (folder: string) =>
  z.string().superRefine((path, ctx) => {
    const problem = missingImage(path, folder);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * The usual causes of a YAML error, in words an editor can act on: a text holding ": " written without
 * quotes, which YAML reads as a second field, and a line indented more or less than its neighbours.
 */
function yamlHint(reason: string, line: string): string {
  if (/^\s*(- )?[\w-]+: +[^"'\s].*: /.test(line)) return '; a text that holds ": " must be in quotes, e.g. title: "Forced criminality: the Western Balkans"';
  if (/tab characters/.test(reason)) return '; indent with spaces, not tabs';
  if (/indentation/.test(reason)) return '; start this line exactly under the other fields of its entry (the fields of a list item line up after its "- "), with spaces';
  return '';
}

/**
 * Reads one file of a collection and checks it against the collection's schema, as the build does: its
 * data and body, or every problem, each naming the file, its line and field.
 */
export async function readEntryFile(name: CollectionName, path: string): Promise<{ data: unknown; body: string; problems: ContentProblem[] }> {
  const shown = shownPath(path);
  const source = await readFile(path, 'utf8');
  let data: unknown;
  let body = '';
  let yamlText = source;
  try {
    if (/\.ya?ml$/.test(path)) {
      // Unlike Astro, keep unquoted dates as written: YAML would turn 2026-11-31 into 1 December.
      data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
    } else {
      const frontmatter = frontmatterProblem(source);
      if (frontmatter) return { data: undefined, body, problems: [{ file: shown, ...frontmatter }] };
      const parsed = parseFrontmatter(source);
      data = parsed.frontmatter;
      body = parsed.content;
      yamlText = parsed.rawFrontmatter;
    }
  } catch (error) {
    const mark = (error as { mark?: { line: number; buffer?: string } }).mark;
    const line = mark ? mark.line + 1 : undefined;
    const text = mark?.buffer?.split('\n')[mark.line] ?? '';
    const reason = (error as Error).message.split('\n')[0]!;
    return { data: undefined, body, problems: [{ file: shown, line, message: `cannot be read: ${reason}${yamlHint(reason, text)}` }] };
  }
  if (!name.endsWith('Translations') && typeof data === 'object' && data !== null && 'sourceVersion' in data) {
    // Read as an English file, a translation named without its language would fail on nearly every field.
    const meant = translationFileName(path);
    const rename = meant ? `rename it ${meant}` : `name it as its English file, with ${TRANSLATION_LANGUAGES_IN_WORDS} before the extension (field-visit.fr.mdx beside field-visit.mdx)`;
    return { data: undefined, body, problems: [{ file: shown, line: lineOfField(yamlText, ['sourceVersion']), message: `a translation (it has a sourceVersion) whose name does not say its language: ${rename}` }] };
  }
  const result = COLLECTIONS[name].schema(imageBeside(dirname(path))).safeParse(data ?? {});
  if (result.success) return { data: result.data, body, problems: [] };
  const problems = result.error.issues.flatMap((issue) => {
    // An unknown field has no path of its own: point at each field the editor wrote, one line each.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    const messages = issueMessages(issue);
    return keys.map((at, i) => ({
      file: shown,
      line: lineOfField(yamlText, at.map((key) => (typeof key === 'number' ? key : String(key)))),
      where: formatFieldPath(issue.path) || undefined,
      message: messages[i] ?? issue.message,
    }));
  });
  return { data: undefined, body, problems };
}

/**
 * Reads the content folder the way the build's collections do, without Astro: for the tests and the
 * editors' check command. Every file that fails its schema becomes a problem naming file, line and field.
 */
export async function readContent(contentDir: string): Promise<ReadResult> {
  const problems: ContentProblem[] = [];
  const rejected: ReadResult['rejected'] = [];
  const read = async <Name extends CollectionName>(name: Name) => {
    const { base, pattern } = COLLECTIONS[name];
    const folder = join(contentDir, base);
    const files = (await glob(pattern, { cwd: folder })).sort();
    const entries = [];
    for (const file of files) {
      const path = join(folder, file);
      const shown = shownPath(path);
      const { data, body, problems: fileProblems } = await readEntryFile(name, path);
      if (fileProblems.length > 0) {
        problems.push(...fileProblems);
        rejected.push({ file: shown, entry: `${name}/${entryId(file)}` });
        continue;
      }
      entries.push({ id: entryId(file), filePath: shown, data, body });
    }
    return entries;
  };
  const sources = {
    issues: await read('issues'),
    editorials: await read('editorials'),
    pieces: await read('pieces'),
    agenda: await read('agenda'),
    contacts: await read('contacts'),
  };
  const translations = {
    issueTranslations: await read('issueTranslations'),
    pieceTranslations: await read('pieceTranslations'),
    agendaTranslations: await read('agendaTranslations'),
    contactTranslations: await read('contactTranslations'),
  };
  // The schemas above are the ones these types are inferred from; only the image field differs (a path here).
  const input = sources as unknown as ArchiveInput<{ body: string }>;
  return { input, translations: translations as unknown as TranslationInput<{ body: string }>, problems, rejected };
}
