/**
 * The editor's print preview: prints one issue, as the build will, from the site being previewed, and says
 * where the PDF is. Usage: npm run print-preview -- <issue number> [locale] [--site http://localhost:4321]
 * The site is the live preview (npm run dev) or the built site (npm run serve); nothing is built or opened.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { LOCALES, localeByPath } from '../src/i18n/locales.ts';
import { urls } from '../src/lib/urls.ts';
import { launchChromium } from './pdf/chromium.ts';
import { renderPdf } from './pdf/render-pdf.ts';
import { formatFileSize } from '../src/i18n/file-size.ts';
import { PREVIEW_ORIGIN } from '../src/lib/preview-origin.ts';

const USAGE = `Usage: npm run print-preview -- <issue number> [${LOCALES.map((l) => l.path).join('|')}] [--site ${PREVIEW_ORIGIN}]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { site: { type: 'string', default: PREVIEW_ORIGIN } } });
const [number, localePath = 'en'] = positionals;
if (!number || !/^\d+$/.test(number)) fail(USAGE);
let locale;
try {
  locale = localeByPath(localePath);
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}

// "localhost:4322" would read as a URL of the scheme "localhost:": an address is taken only with its http://.
if (!/^https?:\/\/[^/]/.test(values.site) || !URL.canParse(values.site)) {
  fail(`--site ${values.site}: expected the address the preview prints, starting with http://, e.g. --site http://localhost:4322`);
}
const pageUrl = new URL(urls.issue(locale, Number(number)), values.site).href;
const answer = await fetch(pageUrl).catch(() => undefined);
if (!answer) fail(`Nothing answers at ${values.site}: start the live preview (npm run dev) or the built site (npm run serve) first; if it runs on another port, name it: --site http://localhost:4322`);
if (!answer.ok) fail(`${pageUrl} answered ${answer.status}: is there an issue N° ${number}?`);

/** The live preview reloads a page once when it first prepares its scripts: print again after such a reload. */
async function renderWhenSettled(tab: Page, url: string, attempts = 3): Promise<Uint8Array> {
  try {
    return await renderPdf(tab, url);
  } catch (error) {
    if (attempts > 1 && /context was destroyed|navigation/i.test((error as Error).message)) return renderWhenSettled(tab, url, attempts - 1);
    throw error;
  }
}

const browser = await launchChromium().catch((error: Error) => fail(error.message));
try {
  const tab = await browser.newPage();
  const pdf = await renderWhenSettled(tab, pageUrl);
  const dir = resolve('.cache/print-preview');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, urls.issuePdf(locale, Number(number)).split('/').pop()!);
  writeFileSync(file, pdf);
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  console.log(`${relative(process.cwd(), file)} (${pages} pages, ${formatFileSize(pdf.length, 'en')})`);
} finally {
  await browser.close();
}
