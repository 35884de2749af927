/**
 * The per-page part of the print styles: the running header, the page-number footer and the page a link
 * to another piece leads to, whose text depends on the page's issue and language. Chromium has no string() for
 * running headers, so the page itself writes the text into its rules, as CSS strings.
 */

/** A CSS string literal that stays inert inside a <style> element, whatever the text holds. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ').replace(/</g, '\\3c ');
  return `"${escaped}"`;
}

/**
 * A `content` value from an interface string whose placeholders ({page}, {pages}) stand for CSS values
 * (counter(page), attr(…)), in any word order; the rest of the string is quoted.
 */
export function cssContent(template: string, values: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? values[name]! : cssString(part);
    })
    .join(' ');
}

export interface PrintPageText {
  /** "Page {page} of {pages}" in the page's language. */
  pageOf: string;
  /** "(page {page})", printed after a link to another piece of the issue with the page it leads to. */
  pageRef: string;
  /** ", page {page}", the same for a link that ends a text in parentheses: "(Details, page 9)". */
  pageRefInParentheses: string;
  /** The running header of the pages after the first: the letter's title, and the issue's number and date. */
  header?: { letter: string; issue: string } | undefined;
}

export function printPageRules({ pageOf, pageRef, pageRefInParentheses, header }: PrintPageText): string {
  const margins = [`@bottom-center { content: ${cssContent(pageOf, { page: 'counter(page)', pages: 'counter(pages)' })}; }`];
  if (header) margins.push(`@top-left { content: ${cssString(header.letter)}; }`, `@top-right { content: ${cssString(header.issue)}; }`);
  // The PDF export writes data-print-page on such links (scripts/pdf/print-page.ts).
  const page = { page: 'attr(data-print-page)' };
  const references = [
    `a[data-print-page]::after { content: " " ${cssContent(pageRef, page)}; }`,
    `a[data-print-page][data-in-parentheses]::after { content: ${cssContent(pageRefInParentheses, page)}; }`,
  ].join(' ');
  return `@page { ${margins.join(' ')} } @media print { ${references} }`;
}
