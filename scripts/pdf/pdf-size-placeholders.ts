import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { formatFileSize } from '../../src/i18n/file-size.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

/** The element an issue page leaves for its PDF's size (IssuePdfLink.astro), empty or already filled. */
const PLACEHOLDER = /(<span\b[^>]*\bdata-pdf-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/** The page as Astro wrote it, whatever size a previous export filled in: what the PDF's cache key is made of. */
export const withEmptySizes = (html: string) => html.replace(PLACEHOLDER, '$1$3');

/** Writes each linked PDF's size, in the page's language, into the built pages; fails on a link to a missing PDF. */
export async function fillPdfSizes(siteDir: string): Promise<void> {
  for (const file of await glob('**/*.html', { cwd: siteDir })) {
    const path = join(siteDir, file);
    const html = await readFile(path, 'utf8');
    if (!html.includes('data-pdf-size=')) continue;
    const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
    const locale = LOCALES.find((l) => l.code === lang);
    if (!locale) throw new Error(`${file}: <html lang="${lang}"> is not one of the site's languages`);
    const sizes = new Map<string, number>();
    for (const [, , href] of html.matchAll(PLACEHOLDER)) {
      const pdf = await stat(join(siteDir, href!)).catch(() => undefined);
      if (!pdf) throw new Error(`${file} links ${href}, which the PDF export did not write`);
      sizes.set(href!, pdf.size);
    }
    const result = html.replace(PLACEHOLDER, (_, open: string, href: string, close: string) => `${open}(PDF, ${formatFileSize(sizes.get(href)!, locale.code)})${close}`);
    await writeFile(path, result);
  }
}
