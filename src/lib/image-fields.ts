import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { closest } from '../schemas/common.ts';
import { shownPath } from './content-error.ts';

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
