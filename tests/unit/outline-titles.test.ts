import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { retitleOutline } from '../../scripts/pdf/outline-titles.ts';

/** A PDF whose outline holds these titles (the second and third nested under the first), as Chromium writes it. */
async function pdfWithOutline(titles: string[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  const { context } = document;
  const refs = titles.map(() => context.nextRef());
  const outlines = context.nextRef();
  const entry = (index: number, fields: Record<string, PDFRef | PDFHexString>) =>
    context.assign(refs[index]!, context.obj({ Title: PDFHexString.fromText(titles[index]!), ...fields }));
  entry(0, { Parent: outlines, First: refs[1]!, Last: refs[2]!, Next: refs[3]! });
  entry(1, { Parent: refs[0]!, Next: refs[2]! });
  entry(2, { Parent: refs[0]!, Prev: refs[1]! });
  entry(3, { Parent: outlines, Prev: refs[0]! });
  context.assign(outlines, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[3]! }));
  document.catalog.set(PDFName.of('Outlines'), outlines);
  return document.save();
}

/** The outline's titles after retitling, depth first. */
async function retitled(pdf: Uint8Array, headings: string[]): Promise<string[]> {
  const document = await PDFDocument.load(pdf);
  retitleOutline(document, headings);
  const titles: string[] = [];
  const visit = (entry: PDFDict | undefined) => {
    for (; entry; entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(entry.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      visit(entry.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(document.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}

describe('PDF bookmarks', () => {
  it('take the text of the headings Chromium painted, whatever it lost or doubled on the way', async () => {
    const chromium = await pdfWithOutline(['IN THIS ISSUE', 'The French strategy in SoutheastEurope', 'ProsecutionProsecution', 'Contacts']);
    const headings = ['In this issue', 'The French strategy in Southeast Europe', 'Notes', 'Prosecution', 'Contacts'];
    expect(await retitled(chromium, headings)).toEqual([
      'In this issue',
      'The French strategy in Southeast Europe',
      'Prosecution',
      'Contacts',
    ]);
  });

  it('keep Chromium\'s title where no heading matches it', async () => {
    const chromium = await pdfWithOutline(['Agenda', 'In brief…', 'To come…', 'Contacts']);
    expect(await retitled(chromium, ['Agenda', 'To come…', 'Contacts'])).toEqual(['Agenda', 'In brief…', 'To come…', 'Contacts']);
  });
});
