import { describe, expect, it } from 'vitest';
import { cssContent, cssString, printPageRules } from '../../src/lib/print-page-rules.ts';

describe('the printed page\'s header and footer rules', () => {
  it('turns "page N of M" in any word order into CSS content with the page counters', () => {
    const counters = { page: 'counter(page)', pages: 'counter(pages)' };
    expect(cssContent('Page {page} of {pages}', counters)).toBe('"Page " counter(page) " of " counter(pages)');
    expect(cssContent('Страна {page} од {pages}', counters)).toBe('"Страна " counter(page) " од " counter(pages)');
    expect(cssContent('{page}/{pages}', counters)).toBe('counter(page) "/" counter(pages)');
    expect(cssContent('{page} {other}', counters)).toBe('counter(page) " " "{other}"');
    expect(cssContent('{constructor}', counters)).toBe('"{constructor}"');
  });

  it('quotes any text so that it cannot end the string or the <style> element', () => {
    expect(cssString('N° 12 · "April" 2019')).toBe('"N° 12 · \\"April\\" 2019"');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('</style><script>')).not.toContain('<');
    expect(cssString('two\nlines')).toBe('"two\\a lines"');
  });

  it('gives a page of an issue its running header, and every page its number', () => {
    const issuePage = printPageRules({ pageOf: 'Page {page} of {pages}', pageRef: '(page {page})', pageRefInParentheses: ', page {page}', header: { letter: 'Quarterly Letter', issue: 'N° 12 · April 2019' } });
    expect(issuePage).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages); }');
    expect(issuePage).toContain('@top-left { content: "Quarterly Letter"; }');
    expect(issuePage).toContain('@top-right { content: "N° 12 · April 2019"; }');
    expect(issuePage).toContain('a[data-print-page]::after { content: " " "(page " attr(data-print-page) ")"; }');
    expect(issuePage).toContain('a[data-print-page][data-in-parentheses]::after { content: ", page " attr(data-print-page); }');
    const otherPage = printPageRules({ pageOf: 'Page {page} of {pages}', pageRef: '(page {page})', pageRefInParentheses: ', page {page}' });
    expect(otherPage).toContain('@bottom-center');
    expect(otherPage).not.toContain('@top-');
  });
});
