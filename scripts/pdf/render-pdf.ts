import type { Page } from 'playwright-core';
import { retitleOutline } from './outline-titles.ts';

/**
 * How Chromium prints an issue: the page size and margins come from the print CSS (@page), backgrounds are kept,
 * and the PDF is tagged (structure for assistive technology) with an outline built from the headings.
 */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/**
 * Prints the page at `url` to PDF once the fonts of its print styles are loaded; returns the PDF's bytes.
 * One browser tab prints page after page: opening a tab costs more than printing a page.
 */
export async function renderPdf(tab: Page, url: string): Promise<Uint8Array> {
  // Laid out for print from the start, so that the browser loads the print fonts before the PDF is made.
  await tab.emulateMedia({ media: 'print' });
  const response = await tab.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
  const headings = await tab.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
    elements.map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  return retitleOutline(await tab.pdf(PDF_OPTIONS), headings);
}
