import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { siteDir } from '../support/site.ts';
import { pdfInfo, pdfPages } from '../support/pdf.ts';
import { runScript } from '../support/run-script.ts';

/** Two issue pages of the built site, with its styles and fonts: enough for the export step to work on. */
const PAGES = ['en/issues/12/index.html', 'sr-cyrl/issues/1/index.html'];
const PDFS = ['en/issues/12/quarterly-letter-12-en.pdf', 'sr-cyrl/issues/1/quarterly-letter-1-sr-cyrl.pdf'];

let root: string;
let site: string;
let cache: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ql-pdf-export-'));
  site = join(root, 'site');
  cache = join(root, 'cache');
  cpSync(join(siteDir(), '_astro'), join(site, '_astro'), { recursive: true });
  for (const path of PAGES) cpSync(join(siteDir(), path), join(site, path));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function exportPdfs(env: Record<string, string> = {}) {
  return runScript('scripts/export-pdfs.ts', [], { ...process.env, QL_OUT_DIR: site, QL_PDF_CACHE_DIR: cache, ...env });
}

const read = (path: string) => readFileSync(join(site, path));

describe('the PDF export step', () => {
  it('prints each issue page, with the same pages as the build did', () => {
    const run = exportPdfs();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('2 PDFs, 2 printed, 0 unchanged');
    for (const pdf of PDFS) {
      const again = join(site, pdf);
      const built = join(siteDir(), pdf);
      expect(pdfInfo(again)['Pages']).toBe(pdfInfo(built)['Pages']);
      expect(pdfPages(again)).toEqual(pdfPages(built));
    }
  });

  it('skips the pages whose HTML and styles did not change, and reprints those that did', async () => {
    const first = PDFS.map(read);
    const unchanged = exportPdfs();
    expect(unchanged.output).toContain('2 PDFs, 0 printed, 2 unchanged');
    expect(PDFS.map(read)).toEqual(first);

    const page = join(site, PAGES[1]!);
    writeFileSync(page, readFileSync(page, 'utf8').replace('<h1 class="masthead-theme"', '<h1 class="masthead-theme" title="edited"'));
    expect(exportPdfs().output).toContain('2 PDFs, 1 printed, 1 unchanged');

    const [stylesheet] = await glob('_astro/*.css', { cwd: site });
    writeFileSync(join(site, stylesheet!), `${readFileSync(join(site, stylesheet!), 'utf8')}\n@media print { .masthead { color: #000; } }`);
    expect(exportPdfs().output).toContain('2 PDFs, 2 printed, 0 unchanged');
  });

  it('says what to install when Chromium is missing, rather than skipping the PDFs', () => {
    const run = exportPdfs({ QL_CHROMIUM: join(root, 'no-chromium') });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('apt-get install -y chromium');
  });
});
