import type { Page } from 'playwright-core';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { retitleOutline } from './outline-titles.ts';
import { numberPages, pointLinksForPrint, printMetadata } from './print-page.ts';

/**
 * How Chromium prints an issue: the page size and margins come from the print CSS (@page), backgrounds are kept,
 * and the PDF is tagged (structure for assistive technology) with an outline built from the headings.
 */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Prints of one page until the page numbers it gives (contents, links between pieces) are those the print shows. */
const MAX_PRINTS = 4;

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
  // Photos load lazily, and the live preview resizes a large one while the page waits: print them all, loaded.
  await tab.evaluate(() =>
    Promise.all(
      [...document.images].map((image) => {
        image.loading = 'eager';
        return image.decode().catch(() => undefined); // one that cannot load prints as the page shows it
      }),
    ).then(() => undefined),
  );
  await tab.evaluate(pointLinksForPrint);
  await tab.evaluate(numberPages, null);
  let pdf = await PDFDocument.load(await tab.pdf(PDF_OPTIONS), { updateMetadata: false });
  for (let prints = 2, pages = targetPages(pdf); ; prints++) {
    await tab.evaluate(numberPages, pages);
    pdf = await PDFDocument.load(await tab.pdf(PDF_OPTIONS), { updateMetadata: false });
    const printed = targetPages(pdf);
    if (JSON.stringify(printed) === JSON.stringify(pages)) break;
    if (prints === MAX_PRINTS) {
      console.warn(`${url}: the page numbers of its contents and links between pieces did not settle in ${MAX_PRINTS} prints; some may be a page off`);
      break;
    }
    pages = printed;
  }
  const headings = await tab.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
    elements.map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  retitleOutline(pdf, headings);
  const { title, author, subject, creator } = await tab.evaluate(printMetadata);
  pdf.setTitle(title, { showInWindowTitleBar: true });
  if (author) pdf.setAuthor(author);
  if (subject) pdf.setSubject(subject);
  if (creator) pdf.setCreator(creator);
  // Without object streams, as Chromium writes it: a PDF 1.4 file that every reader opens.
  return pdf.save({ useObjectStreams: false });
}

/** The page (from 1) of each place that a link of the PDF leads to, by its id: Chromium names them in the catalog's Dests. */
function targetPages(pdf: PDFDocument): Record<string, number> {
  const pages = pdf.getPages().map((page) => page.ref.toString());
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const result: Record<string, number> = {};
  for (const [name, value] of dests?.entries() ?? []) {
    const destination = pdf.context.lookup(value);
    const page = destination instanceof PDFArray ? destination.get(0) : undefined;
    if (page instanceof PDFRef) result[name.decodeText()] = pages.indexOf(page.toString()) + 1;
  }
  return result;
}
