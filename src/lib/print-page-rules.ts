/**
 * The per-page part of the print styles: the running header and the page-number footer, whose text depends
 * on the page's issue and language. Chromium has no string() for running headers, so the text is written
 * into @page rules, as CSS strings, by the page itself.
 */

/** A CSS string literal that stays inert inside a <style> element, whatever the text holds. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ').replace(/</g, '\\3c ');
  return `"${escaped}"`;
}

/** A `content` value from an interface string in which {page} and {pages} stand for the page counters. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface PrintPageText {
  /** "Page {page} of {pages}" in the page's language. */
  pageOf: string;
  /** The running header of the pages after the first: the letter's title, and the issue's number and date. */
  header?: { letter: string; issue: string } | undefined;
}

export function printPageRules({ pageOf, header }: PrintPageText): string {
  const margins = [`@bottom-center { content: ${pageCounterContent(pageOf)}; }`];
  if (header) margins.push(`@top-left { content: ${cssString(header.letter)}; }`, `@top-right { content: ${cssString(header.issue)}; }`);
  return `@page { ${margins.join(' ')} }`;
}
