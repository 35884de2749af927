import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Gives the PDF's bookmarks the text of the headings they stand for. Chromium builds the outline from the
 * headings, but titles each with the glyphs it painted: a heading that wraps loses the space at the end of each
 * line ("SoutheastEurope"), and one moved to the next page to keep it with its text is counted twice.
 * `headings` are the page's headings in document order; each bookmark takes the text of the next heading whose
 * letters it holds (headings that are not painted, such as visually hidden ones, have no bookmark).
 */
export function retitleOutline(document: PDFDocument, headings: string[]): void {
  let next = 0;
  for (const entry of outlineEntries(document)) {
    const painted = entry.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
    const index = headings.findIndex((heading, i) => i >= next && isPaintedFrom(painted, heading));
    if (index === -1) continue;
    entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[index]!));
    next = index + 1;
  }
}

/** Letters only, in one case: the painted text may be upper-cased by CSS and has lost spaces at line ends. */
const letters = (text: string) => text.toLowerCase().replace(/[\s\u00ad]+/g, '');

/** Whether Chromium's title is the heading's text, painted once or (the heading moved to the next page) twice. */
function isPaintedFrom(painted: string, heading: string): boolean {
  const [title, text] = [letters(painted), letters(heading)];
  return text !== '' && title.length % text.length === 0 && text.repeat(title.length / text.length) === title;
}

/** The outline's entries, depth first: parents before their children, as the headings come in the page. */
function outlineEntries(document: PDFDocument): PDFDict[] {
  const entries: PDFDict[] = [];
  const visit = (first: PDFDict | undefined) => {
    for (let entry = first; entry; entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      entries.push(entry);
      visit(entry.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return entries;
}
