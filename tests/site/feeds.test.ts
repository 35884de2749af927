import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { buildDate, isPublished } from '../../src/lib/publication.ts';
import { addressOf, fileOf } from '../support/links.ts';
import { allPages, onlyRedirects, page, siteDir, siteUrl } from '../support/site.ts';

const { issues } = assembleArchive((await readContent('content')).input);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['item', 'url', 'sitemap', 'xhtml:link'].includes(name) });

/** Reads an XML file of the output, failing on anything that is not well-formed XML. */
function xml(file: string) {
  const text = readFileSync(join(siteDir(), file), 'utf8');
  expect(SyntaxValidator.validate(text), file).toBe(true);
  return parser.parse(text);
}

/** The issues published on the build's date, by their status in the content: no draft, nothing scheduled later. */
const published = issues.filter((issue) => isPublished(issue.data, buildDate()));

describe('the RSS feed of each locale', () => {
  for (const { code, path } of LOCALES) {
    it(`lists exactly the published issues, newest first, each followed by its pieces (${path})`, () => {
      const { rss } = xml(`${path}/rss.xml`);
      expect(rss.channel.language).toBe(code);
      const items: { title: string; link: string; description?: string; pubDate?: string; 'dc:date'?: string | number }[] = rss.channel.item;
      const expected = published.flatMap((issue) => [`/${path}/issues/${issue.number}/`, ...issue.pieces.map((piece) => `/${path}/issues/${issue.number}/${piece.slug}/`)]);
      expect(items.map((item) => new URL(item.link).pathname)).toEqual(expected);
      const dateOf = (link: string) => published.find((issue) => link.startsWith(`/${path}/issues/${issue.number}/`))!.data.date;
      for (const item of items) {
        expect(item.title, item.link).toBeTruthy();
        // RSS dates only whole days: an issue dated "2014" or "2018-07" is not given an invented 1 January.
        const date = dateOf(new URL(item.link).pathname);
        if (date.day === undefined) {
          expect([item.pubDate, String(item['dc:date'])], item.link).toEqual([undefined, date.iso]);
        } else {
          expect(new Date(item.pubDate!).toISOString().slice(0, 10), item.link).toBe(date.iso);
        }
        expect(existsSync(join(siteDir(), fileOf(new URL(item.link), siteUrl())!)), item.link).toBe(true);
      }
    });
  }

  it('gives each issue its summary and each piece its standfirst', () => {
    const items: { link: string; description?: string }[] = xml('en/rss.xml').rss.channel.item;
    const description = (link: string) => items.find((item) => new URL(item.link).pathname === link)?.description;
    for (const issue of published) {
      expect(description(`/en/issues/${issue.number}/`)).toBe(issue.data.summary);
      for (const piece of issue.pieces) {
        if (piece.type === 'piece' && piece.data.standfirst) expect(description(`/en/issues/${issue.number}/${piece.slug}/`)).toBe(piece.data.standfirst);
      }
    }
  });

  for (const { code, path } of LOCALES) {
    it(`gives a piece without a standfirst its opening words, as its page shows them, different for each piece (${path})`, () => {
      const t = useTranslations(code);
      const notice = t('fallback.piece', { language: LOCALES.find((l) => l.code === code)!.name });
      const items: { link: string; description?: string }[] = xml(`${path}/rss.xml`).rss.channel.item;
      const pieces = items.filter((item) => /\/issues\/\d+\/[^/]+\/$/.test(new URL(item.link).pathname));
      // Only the pieces made of key figures, lists and quotations have no sentence of their own to open with.
      expect(pieces.filter((item) => item.description === undefined || item.description === notice).map((item) => new URL(item.link).pathname)).toEqual([
        `/${path}/issues/10/france-and-unodc/`,
        `/${path}/issues/10/perspectives-on-multilateralism/`,
      ]);
      const described = pieces.filter((item) => item.description !== undefined && item.description !== notice);
      expect(new Set(described.map((item) => item.description)).size).toBe(described.length);
      for (const item of described) {
        const words = item.description!.replace(`${notice} `, '').replace(/\s+/g, ' ').slice(0, 60);
        const text = page(new URL(item.link).pathname).replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
        expect(text, item.link).toContain(words);
      }
    });
  }

  it('says of an item left in English, as its page does, that it is the English original, and declares its language', () => {
    const t = useTranslations('sr-Cyrl');
    const items: { link: string; description?: string; 'dc:language'?: string }[] = xml('sr-cyrl/rss.xml').rss.channel.item;
    const item = (link: string) => items.find((entry) => new URL(entry.link).pathname === link)!;
    // N° 10 is not translated into Serbian; N° 12 is, whole.
    const untranslated = item('/sr-cyrl/issues/10/');
    expect(untranslated.description).toBe(`${t('fallback.issue', { language: 'Српски (ћирилица)' })} ${issues.find((issue) => issue.data.number === 10)!.data.summary}`);
    expect(untranslated['dc:language']).toBe('en');
    expect(item('/sr-cyrl/issues/10/ccpcj-2018/')['dc:language']).toBe('en');
    expect(item('/sr-cyrl/issues/12/')['dc:language']).toBeUndefined();
    expect(item('/sr-cyrl/issues/12/')['description']).not.toContain(t('fallback.issue', { language: 'Српски (ћирилица)' }));
    const notices = (['piece', 'issue', 'partial-issue'] as const).map((what) => t(`fallback.${what}`, { language: 'Српски (ћирилица)' }));
    const english = items.filter((entry) => entry['dc:language'] !== undefined);
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((entry) => !notices.some((notice) => entry.description?.startsWith(notice)))).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists every page that is its own address for search engines, with its versions in the other locales, and nothing else', async () => {
    const site = siteUrl();
    const index = xml('sitemap-index.xml');
    const urls = index.sitemapindex.sitemap.flatMap(({ loc }: { loc: string }) => xml(fileOf(new URL(loc), site)!).urlset.url) as { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[];
    // Not the pages that only redirect (the root, /{locale}/issues/), the "page not found" pages, nor a page
    // that shows the English original in another locale (it names the English page as its canonical address).
    const canonical = (file: string) => /<link rel="canonical" href="([^"]*)"/.exec(readFileSync(join(siteDir(), file), 'utf8'))?.[1];
    const pages = (await allPages()).filter((file) => !onlyRedirects(file) && !file.endsWith('404.html') && canonical(file) === new URL(addressOf(file), site).href);
    const listed = urls.map(({ loc }) => new URL(loc).pathname);
    expect(listed.sort()).toEqual(pages.map(addressOf).sort());
    expect(listed).toContain('/en/issues/1/word-from-bulgaria/');
    expect(listed).not.toContain('/fr/issues/1/word-from-bulgaria/');
    expect(listed).not.toContain('/sr-cyrl/issues/10/');
    for (const url of urls) {
      const rest = new URL(url.loc).pathname.replace(/^\/[^/]+/, '');
      const versions = LOCALES.filter((l) => listed.includes(`/${l.path}${rest}`));
      const alternates = url['xhtml:link'] ?? [];
      expect(alternates.map((a) => a.hreflang).sort(), url.loc).toEqual(versions.length > 1 ? versions.map((l) => l.code).sort() : []);
      for (const { href } of alternates) expect(existsSync(join(siteDir(), fileOf(new URL(href), site)!)), href).toBe(true);
    }
    expect(urls.find((url) => url.loc.endsWith('/en/issues/12/'))?.['xhtml:link']).toHaveLength(LOCALES.length);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(siteDir(), 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});
