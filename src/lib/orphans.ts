import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { glob, globSync } from 'tinyglobby';
import { COLLECTIONS } from '../schemas/collections.ts';
import { shownPath, type ContentProblem } from './content-error.ts';
import { formatNotShown, IMAGE_FILE, PHOTO_FORMAT_NOT_SHOWN } from './image-fields.ts';
import { translationSourceFile } from './translations.ts';
import { sameNameMessage } from './same-name-files.ts';

const unreadYaml = (path: string) => `nothing reads this file: the build reads YAML files named .yaml; rename it ${basename(path, '.yml')}.yaml`;
/** The .yaml of the same name as a .yml: beside it, the .yml is a second copy rather than a file to rename. */
const yamlTwin = (path: string) => path.replace(/\.yml$/, '.yaml');

/**
 * YAML files named .yml, outside the `skipped` issue folders: the loaders read only .yaml, so the build would
 * publish an issue without its agenda, say, without a word. One beside a .yaml of its name is left to
 * sameNameProblems (src/lib/same-name-files.ts), which asks to rename or delete one of the two.
 */
export function unreadYamlProblems(contentDir: string, skipped: readonly string[]): ContentProblem[] {
  return globSync('**/*.yml', { cwd: contentDir, ignore: skipped.map((folder) => `issues/${folder}/**`) })
    .sort()
    .map((file) => join(contentDir, file))
    .filter((path) => !existsSync(yamlTwin(path)))
    .map((path) => ({ file: shownPath(path), message: unreadYaml(path) }));
}

/**
 * Files in the content folder that nothing reads: not an entry of a collection, not a translation of one,
 * not an image that a piece or a cover uses. `used` holds the absolute paths of the images in use; images
 * in `unread` folders (where a file could not be read, or a photo is named wrongly) are not judged.
 * Hidden files are left alone.
 */
export async function orphanProblems(contentDir: string, used: ReadonlySet<string>, unread: ReadonlySet<string>): Promise<ContentProblem[]> {
  const entries = new Set<string>();
  for (const { base, pattern } of Object.values(COLLECTIONS)) {
    for (const file of await glob(pattern, { cwd: join(contentDir, base), absolute: true })) entries.add(file);
  }
  const problems: ContentProblem[] = [];
  for (const path of (await glob('**/*', { cwd: contentDir, absolute: true })).sort()) {
    if (entries.has(path) || used.has(path)) continue;
    const file = shownPath(path);
    const source = translationSourceFile(path);
    // A translation saved as .yml is one to rename, not one whose source is missing; one beside its .yaml is a second copy.
    if (path.endsWith('.yml')) {
      const twin = yamlTwin(path);
      problems.push({ file, message: existsSync(twin) ? sameNameMessage(shownPath(twin), basename(path, '.yml')) : unreadYaml(path) });
    } else if (source) {
      if (!existsSync(source)) problems.push({ file, message: `a translation of ${shownPath(source)}, which does not exist; rename it after its source or delete it` });
    } else if (IMAGE_FILE.test(path)) {
      if (!unread.has(dirname(path))) problems.push({ file, message: 'no piece or cover uses this image; use it (see "Figure" in docs/editing.md) or delete it' });
    } else {
      problems.push({ file, message: unreadFileMessage(contentDir, path) });
    }
  }
  return problems;
}

/** Documents an editor may leave beside the pieces written from them. */
const DOCUMENT_FILE = /\.(docx?|odt|rtf|pages|pdf)$/i;

/**
 * Why nothing reads a file that is neither an entry, a translation nor an image, and what to do: a photo
 * to save in a format the site shows, a document whose text belongs in a piece, or any other file, which
 * an issue's folder has no place for.
 */
function unreadFileMessage(contentDir: string, path: string): string {
  if (dirname(dirname(path)) !== resolve(contentDir, 'issues')) {
    return 'nothing reads this file: an issue\'s files go in content/issues/NNN/ (issue.yaml, agenda.yaml, pieces as .mdx, images), contacts in content/contacts/';
  }
  if (PHOTO_FORMAT_NOT_SHOWN.test(path)) return formatNotShown(path);
  if (DOCUMENT_FILE.test(path)) {
    return 'nothing reads this file: the site publishes the pieces written as .mdx, not documents; copy its text into a piece (see "Write the editorial and the pieces" in docs/editing.md), then move the document out of the content folder';
  }
  return 'nothing reads this file: an issue\'s folder holds issue.yaml, agenda.yaml, the pieces (.mdx), their translations and their images; move it out of the content folder';
}
