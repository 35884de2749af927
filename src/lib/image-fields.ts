import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import sharp from 'sharp';
import { closest } from '../schemas/common.ts';
import { shownPath, type ContentProblem } from './content-error.ts';

/** The files Astro can take as images. */
export const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

/**
 * What is wrong with a reference to an image beside an entry (an issue's cover, a piece's photo) when the
 * file is not there, or undefined. The check command and the build say it the same way: the folder the
 * file should be in and, when one is close, the name the editor probably meant.
 */
export function missingImage(value: string, folder: string): string | undefined {
  if (existsSync(resolve(folder, value))) return undefined;
  const images = existsSync(folder) ? readdirSync(folder).filter((name) => IMAGE_FILE.test(name)) : [];
  const near = closest(value.replace(/^\.\//, ''), images);
  return `there is no image "${value}" in ${shownPath(folder)}/${near ? `: did you mean "./${near}"?` : '; check the file name (names are case-sensitive)'}`;
}

const SAVE_AS = 'open it in an image editor and save it as JPEG or PNG (see "Photos" in docs/editing.md)';

/** Photos as cameras, phones and image editors save them, which browsers do not show. */
export const PHOTO_FORMAT_NOT_SHOWN = /\.(heic|heif|bmp|psd|dng|cr2|nef|arw|raw)$/i;

/** Said of a photo in a format the site cannot show: what it is and how to turn it into one it can. */
export const formatNotShown = (file: string) =>
  `"${basename(file)}" is ${extname(file) ? `a ${extname(file).slice(1).toUpperCase()} file` : 'a file without an extension'}, which the site cannot show: ${SAVE_AS}`;

/** Files an MDX piece may also import, which are not images. */
const MODULE_FILE = /\.(mdx?|astro|[cm]?[jt]sx?|json|css)$/i;

/**
 * The images pieces and covers use that the build could not read, each said on the image's own file: a
 * format the site cannot serve (a phone's HEIC), or a file that is not the whole image its name says
 * (damaged, cut short by a failed copy, or renamed). Missing files are left to missingImage.
 */
export async function unreadableImages(files: Iterable<string>): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of [...files].filter((path) => existsSync(path) && !MODULE_FILE.test(path)).sort()) {
    const name = basename(file);
    if (!IMAGE_FILE.test(file)) {
      problems.push({ file: shownPath(file), message: formatNotShown(file) });
      continue;
    }
    try {
      // Decoded to the end: a file cut short has a whole header, and the build would publish it half grey.
      await sharp(file).stats();
    } catch {
      problems.push({ file: shownPath(file), message: `"${name}" is not an image the site can read (damaged, cut short, or not the format its name says): ${SAVE_AS}` });
    }
  }
  return problems;
}
