import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { COLLECTIONS, entryId, type CollectionName } from '../schemas/collections.ts';
import type { ArchiveInput } from './archive.ts';
import type { TranslationInput } from './translations.ts';
import { shownPath, type ContentProblem } from './content-error.ts';
import { formatFieldPath } from './field-path.ts';
import { lineOfField } from './yaml-lines.ts';
import { missingImage } from './image-fields.ts';

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

/** The usual cause of a YAML error: a text holding ": " written without quotes, which YAML reads as a second field. */
const unquotedColonHint = (line: string) =>
  /^\s*(- )?[\w-]+: +[^"'\s].*: /.test(line) ? '; a text that holds ": " must be in quotes, e.g. title: "Forced criminality: the Western Balkans"' : '';

/**
 * Reads the content folder the way the build's collections do, without Astro: for the tests and the
 * editors' check command. Every file that fails its schema becomes a problem naming file, line and field.
 */
export async function readContent(contentDir: string): Promise<ReadResult> {
  const problems: ContentProblem[] = [];
  const rejected: ReadResult['rejected'] = [];
  const read = async <Name extends CollectionName>(name: Name) => {
    const { base, pattern, schema } = COLLECTIONS[name];
    const folder = join(contentDir, base);
    const files = (await glob(pattern, { cwd: folder })).sort();
    const entries = [];
    for (const file of files) {
      const path = join(folder, file);
      const shown = shownPath(path);
      const source = await readFile(path, 'utf8');
      const isYaml = /\.ya?ml$/.test(file);
      let data: unknown;
      let body = '';
      let yamlText = source;
      try {
        if (isYaml) {
          // Unlike Astro, keep unquoted dates as written: YAML would turn 2026-11-31 into 1 December.
          data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
        } else {
          const parsed = parseFrontmatter(source);
          data = parsed.frontmatter;
          body = parsed.content;
          yamlText = parsed.rawFrontmatter;
        }
      } catch (error) {
        const mark = (error as { mark?: { line: number; buffer?: string } }).mark;
        const line = mark ? mark.line + 1 : undefined;
        const text = mark?.buffer?.split('\n')[mark.line] ?? '';
        problems.push({ file: shown, line, message: `cannot be read: ${(error as Error).message.split('\n')[0]}${unquotedColonHint(text)}` });
        rejected.push({ file: shown, entry: `${name}/${entryId(file)}` });
        continue;
      }
      const result = schema(imageBeside(dirname(path))).safeParse(data ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          // An unknown field has no path of its own: point at the field the editor wrote.
          const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
          const line = lineOfField(yamlText, at.map((key) => (typeof key === 'number' ? key : String(key))));
          problems.push({ file: shown, line, where: formatFieldPath(issue.path) || undefined, message: issue.message });
        }
        rejected.push({ file: shown, entry: `${name}/${entryId(file)}` });
        continue;
      }
      entries.push({ id: entryId(file), filePath: shown, data: result.data, body });
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
