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
import { withoutMisspeltMissing } from './misspelt-fields.ts';
import { explainYamlError, misreadYaml } from './yaml-error.ts';
import { textsCutByComment, textsInTypographicQuotes } from './unquoted-texts.ts';

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
    const reason = (error as Error).message.split('\n')[0]!;
    const report = explainYamlError(reason, (mark?.buffer ?? '').split('\n'), mark ? mark.line + 1 : undefined);
    return { data: undefined, body, problems: [{ file: shown, ...report }] };
  }
  if (!name.endsWith('Translations') && typeof data === 'object' && data !== null && 'sourceVersion' in data) {
    // Read as an English file, a translation named without its language would fail on nearly every field.
    const meant = translationFileName(path);
    const rename = meant ? `rename it ${meant}` : `name it as its English file, with ${TRANSLATION_LANGUAGES_IN_WORDS} before the extension (field-visit.fr.mdx beside field-visit.mdx)`;
    return { data: undefined, body, problems: [{ file: shown, line: lineOfField(yamlText, ['sourceVersion']), message: `a translation (it has a sourceVersion) whose name does not say its language: ${rename}` }] };
  }
  // A quote left open can still parse, into fields that are not the editor's: report the cause alone.
  const misread = misreadYaml(yamlText.split('\n'));
  if (misread) return { data: undefined, body, problems: [{ file: shown, ...misread }] };
  const cut = textsCutByComment(yamlText).map((problem) => ({ file: shown, ...problem }));
  const schema = COLLECTIONS[name].schema(imageBeside(dirname(path)));
  const result = schema.safeParse(data ?? {});
  if (result.success) {
    // Judged once the text is otherwise right: a date in typographic quotes gets the date's own message.
    const problems = [...cut, ...textsInTypographicQuotes(yamlText).map((problem) => ({ file: shown, ...problem }))];
    return problems.length > 0 ? { data: undefined, body, problems } : { data: result.data, body, problems: [] };
  }
  const problems = withoutMisspeltMissing(result.error.issues, data, schema).flatMap((issue) => {
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
  return { data: undefined, body, problems: [...cut, ...problems] };
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
