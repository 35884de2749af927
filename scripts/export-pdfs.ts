/**
 * Build step: exports every issue of the built site as a PDF per language, beside the issue page, and writes
 * each PDF's size into the page that links it. Runs on the staging folder (QL_OUT_DIR) of scripts/build.ts.
 * PDFs whose page and styles did not change since the last build are taken from the cache (QL_PDF_CACHE_DIR).
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportIssuePdfs } from './pdf/export-issue-pdfs.ts';
import { fillPdfSizes } from './pdf/pdf-size-placeholders.ts';

const siteDir = resolve(process.env['QL_OUT_DIR'] ?? 'dist');
const cacheDir = resolve(process.env['QL_PDF_CACHE_DIR'] ?? '.cache/pdf');

try {
  const start = performance.now();
  const { printed, reused } = await exportIssuePdfs({ siteDir, cacheDir });
  await fillPdfSizes(siteDir);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`PDF export: ${printed.length + reused.length} PDFs, ${printed.length} printed, ${reused.length} unchanged, in ${seconds} s`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
