import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { LOCALES, localeByPath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { formatFileSize } from '../../src/i18n/file-size.ts';
import { urls } from '../../src/lib/urls.ts';
import { page, siteDir, siteUrl } from '../support/site.ts';
import { decodeEntities, pdfFonts, pdfInfo, pdfLinks, pdfOutline, pdfPages, pdfTextDepths, squash } from '../support/pdf.ts';

const { issues } = assembleArchive((await readContent('content')).input);

/** The text of an element of the built page: what the PDF must print. */
const textOf = (html: string, pattern: RegExp) => squash(decodeEntities((html.match(pattern)?.[1] ?? '').replace(/<[^>]+>/g, '')));
const allTextsOf = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => squash(decodeEntities(match[1]!.replace(/<[^>]+>/g, ''))));

describe('the PDF of every issue in every language', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale.code);
    for (const issue of issues) {
      describe(`N° ${issue.number}, ${locale.code}`, () => {
        const pdfPath = urls.issuePdf(locale, issue.number);
        const file = () => join(siteDir(), pdfPath);
        const html = () => page(urls.issue(locale, issue.number));
        const issueTitle = () => textOf(html(), /<h1 class="masthead-theme"[^>]*>([\s\S]*?)<\/h1>/);
        const pieceTitles = () => allTextsOf(html(), /<h2 class="piece-title"[^>]*>([\s\S]*?)<\/h2>/g);
        /** The page each piece starts on, in the order of the issue, from the PDF's bookmarks. */
        const piecePages = () => {
          const outline = pdfOutline(file());
          let from = 1;
          return pieceTitles().map((title) => {
            from = outline.findIndex((entry, index) => index >= from && entry.title === title) + 1;
            return outline[from - 1]!.page;
          });
        };

        it('is linked from the issue page with its size', () => {
          const size = formatFileSize(statSync(file()).size, locale.code);
          expect(html()).toMatch(new RegExp(`<a href="${pdfPath}" type="application/pdf" download>[^<]+</a> <span class="issue-pdf-size" data-pdf-size="${pdfPath}">\\(PDF, ${size}\\)</span>`));
        });

        it('is an A4, tagged PDF whose metadata give the issue\'s title, its publisher, the generator of its page and its language', () => {
          const info = pdfInfo(file());
          const [width, height] = info['Page size']!.match(/[\d.]+/g)!.map(Number);
          expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
          expect(info['Tagged']).toBe('yes');
          expect(squash(info['Title']!)).toContain(issueTitle());
          expect(squash(info['Title']!)).toContain(squash(`${t('site.kind')} ${t('issue.numberInText', { number: issue.number })}`));
          expect(info['Author']).toBe(t('site.publisher'));
          expect(info['Creator']).toBe(/<meta name="generator" content="([^"]+)">/.exec(html())![1]);
          expect(readFileSync(file(), 'latin1')).toContain(`/Lang (${locale.code})`);
        });

        it('embeds the site\'s fonts, named, and no other', () => {
          const fonts = pdfFonts(file());
          expect(fonts.filter((font) => !font.embedded)).toEqual([]);
          expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '').replace(/-.*/, ''))).toEqual(
            expect.arrayContaining(['SourceSerif4', expect.stringMatching(/^SourceSans3/)]),
          );
          expect(fonts.filter((font) => !/^[A-Z]{6}\+Source(Serif4|Sans3)/.test(font.name))).toEqual([]);
        });

        it('prints the issue\'s title, every piece\'s title and "page N of M" on every page', () => {
          const pages = pdfPages(file());
          const text = squash(pages.join(' '));
          expect(pages.length).toBe(Number(pdfInfo(file())['Pages']));
          expect(text).toContain(issueTitle());
          expect(pieceTitles().length).toBe(issue.pieces.length);
          for (const title of pieceTitles()) expect(text).toContain(title);
          pages.forEach((content, index) => {
            expect(squash(content)).toContain(t('print.pageOf', { page: index + 1, pages: pages.length }));
          });
        });

        it('gives "In this issue" the page of each piece, and links only to places in it or to the public site', () => {
          const links = pdfLinks(file());
          // A contents entry links each of its lines to its piece's page: the rubric, the title, and last the
          // number (a title may end in a number of its own, "2019", on a line before it).
          const firstPage = links.filter((link) => link.onPage === 1);
          const isNumber = (link: { text: string } | undefined) => link !== undefined && /^\d+$/.test(link.text);
          const numbers = firstPage.filter((link, i) => isNumber(link) && firstPage[i - 1]?.page === link.page && !isNumber(firstPage[i + 1]));
          expect(numbers.map((link) => [Number(link.text), link.page])).toEqual(piecePages().map((page) => [page, page]));
          const addresses = links.flatMap((link) => link.href ?? []);
          expect(addresses.filter((href) => !/^(https?:\/\/|mailto:|tel:)/.test(href) || /\/\/(127\.0\.0\.1|localhost)\b/.test(href))).toEqual([]);
          expect(addresses.filter((href) => href.startsWith(siteUrl().origin)).length).toBeGreaterThan(0);
        });

        it('prints after each link to another piece of the issue the page it leads to, as the printed letter did', () => {
          // "(page 9)", or "…, page 9)" when the link ends a text in parentheses, in the page's words.
          const pattern = (template: string) => squash(template).split('{page}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(\\d+)');
          const reference = new RegExp(`${pattern(t('print.pageRef'))}|${pattern(t('print.pageRefInParentheses'))}(?=\\))`, 'g');
          const printed = [...squash(pdfPages(file()).join(' ')).matchAll(reference)].map(([, apart, inParentheses]) => Number(apart ?? inParentheses));
          // Each link between pieces of the issue, as the issue page links it: to the other piece's own page, or
          // to one of its headings, whose bookmark gives its page.
          const outline = pdfOutline(file());
          const starts = piecePages();
          const slugs = [...html().matchAll(/<h2 class="piece-title" id="([^"]+)"/g)].map(([, slug]) => slug!);
          const pageOf = (slug: string, anchor: string | undefined) => {
            const start = starts[slugs.indexOf(slug)]!;
            if (!anchor) return start;
            const heading = textOf(html(), new RegExp(`<h[2-6][^>]* id="${slug}-${anchor}"[^>]*>([\\s\\S]*?)</h[2-6]>`));
            return outline.find((entry) => entry.page >= start && entry.title === heading)?.page;
          };
          const crossLinks = new RegExp(`(?<!<h2 class="piece-title"[^>]*>)<a href="${urls.issue(locale, issue.number)}([a-z0-9-]+)/(?:#([^"]+))?">`, 'g');
          expect(printed).toEqual([...html().matchAll(crossLinks)].map(([, slug, anchor]) => pageOf(slug!, anchor)));
        });

        it('begins the first piece on the first page, under the contents, rather than leaving that page a third blank', () => {
          expect(pdfTextDepths(file())[0]).toBeGreaterThan(0.85);
        });

        it('has bookmarks leading to the issue and to each of its pieces', () => {
          const outline = pdfOutline(file());
          expect(outline[0]).toEqual({ page: 1, title: issueTitle() });
          const titles = outline.map((entry) => entry.title);
          for (const title of pieceTitles()) expect(titles).toContain(title);
          const pages = outline.map((entry) => entry.page);
          expect(pages).toEqual([...pages].sort((a, b) => a - b));
        });
      });
    }
  }

  it('prints Serbian Cyrillic as Cyrillic text', () => {
    const t = useTranslations('sr-Cyrl');
    for (const issue of issues) {
      const text = squash(pdfPages(join(siteDir(), urls.issuePdf(localeByPath('sr-cyrl'), issue.number))).join(' ')).toLowerCase();
      // Compared in lower case: the masthead and "In this issue" are printed in capitals.
      expect(text).toContain(t('site.title').toLowerCase());
      expect(text).toContain(t('issue.inThisIssue').toLowerCase());
      expect(text.match(/[\u0400-\u04FF]/g)?.length ?? 0).toBeGreaterThan(200);
    }
  });
});
