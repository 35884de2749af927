import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { inject } from 'vitest';
import { glob } from 'tinyglobby';

/** The day the fixture is built for: N° 2 went live on 2030-01-10, N° 4 goes live on 2030-02-01. */
export const FIXTURE_BUILD_DATE = '2030-01-15';

export interface FixtureSite {
  /** The production build. */
  siteDir: string;
  /** Pages as the development preview served them, saved as /path/index.html. */
  previewDir: string;
}

export const fixture = () => inject('fixture');

/** Pages that show a translation made before its English text was revised (N° 2's piece), which the real archive has none of. */
export const OUTDATED_TRANSLATION_PAGES = ['/fr/issues/2/', '/fr/issues/2/larkspurgate-conference/', '/sr-cyrl/issues/2/larkspurgate-conference/', '/sr-latn/issues/2/'];

export const previewPage = (path: string) => readFileSync(join(fixture().previewDir, path, 'index.html'), 'utf8');
export const builtPage = (path: string) => readFileSync(join(fixture().siteDir, path, 'index.html'), 'utf8');

/** The readable text of any output file: PDFs through pdftotext, gzip (search index fragments) unpacked. */
function textOf(path: string): string {
  if (path.endsWith('.pdf')) return spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Every place in a whole output folder (file names included, every file whatever its kind: pages, feeds,
 * sitemaps, search index, PDFs, images) where a word appears, case-insensitively.
 */
export async function whereWordAppears(dir: string, word: string): Promise<string[]> {
  const pattern = new RegExp(word, 'i');
  const files = await glob('**/*', { cwd: dir, dot: true });
  return files.filter((file) => pattern.test(file) || pattern.test(textOf(join(dir, file)))).sort();
}
