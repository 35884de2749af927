import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromiumPath } from './chromium.ts';
import { withEmptySizes } from './pdf-size-placeholders.ts';
import { PDF_OPTIONS } from './render-pdf.ts';

/** The export's own code (this folder): what it does to a page before printing it and to the PDF after. */
const exportCode = () =>
  readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readFileSync(join(import.meta.dirname, name), 'utf8'))
    .join('\0');

/**
 * What a PDF is made of: the page's HTML, its stylesheets (which name their fonts and images by content hash),
 * the export's code and print options, and the Chromium that prints it. Same inputs, same PDF: the export is skipped.
 */
export function exportKey(siteDir: string, html: string): string {
  const hash = createHash('sha256');
  const chromium = statSync(chromiumPath());
  hash.update(JSON.stringify({ PDF_OPTIONS, chromium: [chromium.size, chromium.mtimeMs] }));
  hash.update(exportCode());
  hash.update(withEmptySizes(html));
  for (const [, href] of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/[^"]+)"/g)) {
    hash.update(readFileSync(join(siteDir, href!)));
  }
  return hash.digest('hex');
}

export interface PdfCache {
  /** The cached PDF's file if it was made from inputs with this key. */
  get(pdfPath: string, key: string): string | undefined;
  put(pdfPath: string, key: string, pdf: Uint8Array): void;
}

/** Exported PDFs kept outside the site, each beside the key of the inputs it was made from. */
export function pdfCache(dir: string): PdfCache {
  return {
    get(pdfPath, key) {
      const file = join(dir, pdfPath);
      const keyFile = `${file}.sha256`;
      return existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key ? file : undefined;
    },
    put(pdfPath, key, pdf) {
      const file = join(dir, pdfPath);
      mkdirSync(dirname(file), { recursive: true });
      // The key goes last, so that an interrupted export never leaves a PDF under a key it does not match.
      rmSync(`${file}.sha256`, { force: true });
      writeFileSync(`${file}.tmp`, pdf);
      renameSync(`${file}.tmp`, file);
      writeFileSync(`${file}.sha256`, key);
    },
  };
}
