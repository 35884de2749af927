import { execFileSync } from 'node:child_process';

/** Reads PDFs as a reader's tools do, with Debian's poppler-utils (pdfinfo, pdftotext, pdffonts, pdftohtml). */
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Collapses every run of white space (line breaks, no-break spaces) into one space. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!.trim()]),
  );
}

/** The images drawn on each page, as "page width×height" (pdfimages -list). */
export function pdfImages(file: string): string[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [page, , , width, height] = line.trim().split(/\s+/);
      return `${page} ${width}×${height}`;
    });
}

/** The text of each page, in reading order. */
export function pdfPages(file: string): string[] {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1);
}

export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type (one or more words), encoding, emb, sub, uni, object, generation
      return { name: columns[0]!, type: columns.slice(1, -6).join(' '), embedded: columns.at(-5) === 'yes' };
    });
}

/** The bookmarks, depth first, each with the page it leads to. */
export function pdfOutline(file: string): { page: number; title: string }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(([, page, title]) => ({ page: Number(page), title: decodeEntities(title!) }));
}

/** The links of the PDF with the text they cover, as pdftohtml reads them: `page` for a place in the PDF, `href` for an address. */
export function pdfLinks(file: string): { onPage: number; text: string; page?: number; href?: string }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  return [...xml.matchAll(/<page number="(\d+)"[^]*?<\/page>/g)].flatMap(([content, onPage]) =>
    [...content.matchAll(/<a href="([^"]*)">([^]*?)<\/a>/g)].map(([, target, text]) => {
      const inPdf = /^[^/:]+\.html#(\d+)$/.exec(decodeEntities(target!));
      const link = { onPage: Number(onPage), text: squash(decodeEntities(text!.replace(/<[^>]+>/g, ''))) };
      return inPdf ? { ...link, page: Number(inPdf[1]) } : { ...link, href: decodeEntities(target!) };
    }),
  );
}

/** Decodes the character references of HTML or XML text. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (reference, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (named[name] ?? reference),
  );
}

/** The page margins of print.css's @page (22 mm above, 20 mm below), in PDF points. */
const MARGIN_TOP = (22 * 72) / 25.4;
const MARGIN_BOTTOM = (20 * 72) / 25.4;

/**
 * How far down each page its text reaches, from 0 (the top of the text area) to 1 (its foot): a page
 * whose text stops at 0.6 is left two fifths blank. The running header and footer, in the margins, do not count.
 */
export function pdfTextDepths(file: string): number[] {
  const xml = run('pdftotext', ['-bbox-layout', file, '-']);
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([^]*?)<\/page>/g)].map(([, height, content]) => {
    const bottom = Number(height) - MARGIN_BOTTOM;
    const blockFeet = [...content!.matchAll(/<block xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)]
      .map(([, top, foot]) => [Number(top), Number(foot)] as const)
      .filter(([top, foot]) => top >= MARGIN_TOP - 1 && foot <= bottom + 1)
      .map(([, foot]) => foot);
    return (Math.max(MARGIN_TOP, ...blockFeet) - MARGIN_TOP) / (bottom - MARGIN_TOP);
  });
}
