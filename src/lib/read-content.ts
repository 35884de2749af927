import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { COLLECTIONS, entryId, type CollectionName } from '../schemas/collections.ts';
import type { ArchiveInput } from './archive.ts';
import type { TranslationInput } from './translations.ts';
import type { ContentProblem } from './content-error.ts';

export interface ReadResult {
  input: ArchiveInput<{ body: string }>;
  translations: TranslationInput<{ body: string }>;
  problems: ContentProblem[];
}

/** "pieces.2" → "pieces[2]", the way an editor sees a YAML list. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** An image field outside Astro: the file name as written (existence is checked by the check command). */
const imageAsPath = z.string();

/**
 * Reads the content folder the way the build's collections do, without Astro: for the tests and the
 * editors' check command. Every file that fails its schema becomes a problem naming file and field.
 */
export async function readContent(contentDir: string): Promise<ReadResult> {
  const problems: ContentProblem[] = [];
  const read = async <Name extends CollectionName>(name: Name) => {
    const { base, pattern, schema } = COLLECTIONS[name];
    const folder = join(contentDir, base);
    const files = (await glob(pattern, { cwd: folder })).sort();
    const entries = [];
    for (const file of files) {
      const path = join(folder, file);
      const shown = relative(process.cwd(), path);
      const source = await readFile(path, 'utf8');
      let data: unknown;
      let body = '';
      try {
        if (/\.ya?ml$/.test(file)) {
          data = yaml.load(source);
        } else {
          const parsed = parseFrontmatter(source);
          data = parsed.frontmatter;
          body = parsed.content;
        }
      } catch (error) {
        problems.push({ file: shown, message: `cannot be read: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      const result = schema(imageAsPath).safeParse(data ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: shown, where: formatFieldPath(issue.path) || undefined, message: issue.message });
        }
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
  return { input, translations: translations as unknown as TranslationInput<{ body: string }>, problems };
}
