import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { launchChromium, requireChromium } from './chromium.ts';
import { findIssuePages, type IssuePage } from './issue-pages.ts';
import { exportKey, pdfCache, type PdfCache } from './pdf-cache.ts';
import { renderPdf } from './render-pdf.ts';
import { serveStatic } from './static-server.ts';

export interface ExportOptions {
  siteDir: string;
  cacheDir: string;
  /** Pages printed at once by one Chromium: by default, one per processor core. */
  concurrency?: number;
}

export interface ExportResult {
  /** PDF paths printed by Chromium in this run. */
  printed: string[];
  /** PDF paths whose page and styles had not changed: copied from the cache. */
  reused: string[];
}

/** Exports every issue page of a built site as a PDF beside it, printing only those whose inputs changed. */
export async function exportIssuePdfs({ siteDir, cacheDir, concurrency = availableParallelism() }: ExportOptions): Promise<ExportResult> {
  requireChromium();
  const cache = pdfCache(cacheDir);
  const reused: string[] = [];
  const toPrint: { page: IssuePage; key: string }[] = [];
  for (const page of await findIssuePages(siteDir)) {
    const key = exportKey(siteDir, readFileSync(page.htmlFile, 'utf8'));
    const cached = cache.get(page.pdfPath, key);
    if (cached) {
      copyFileSync(cached, join(siteDir, page.pdfPath));
      reused.push(page.pdfPath);
    } else {
      toPrint.push({ page, key });
    }
  }
  if (toPrint.length > 0) await printAll(siteDir, cache, toPrint, concurrency);
  return { printed: toPrint.map(({ page }) => page.pdfPath), reused };
}

async function printAll(siteDir: string, cache: PdfCache, jobs: { page: IssuePage; key: string }[], concurrency: number) {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const queue = [...jobs];
    const worker = async () => {
      const tab = await browser.newPage();
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { page, key } = job;
        const pdf = await renderPdf(tab, `${server.origin}${page.path}`).catch((error: Error) => {
          throw new Error(`Could not export ${page.path} as PDF: ${error.message}`);
        });
        writeFileSync(join(siteDir, page.pdfPath), pdf);
        cache.put(page.pdfPath, key, pdf);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
}
