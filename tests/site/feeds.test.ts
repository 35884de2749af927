import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { LOCALES } from '../../src/i18n/locales.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { buildDate, isPublished } from '../../src/lib/publication.ts';
import { addressOf, fileOf } from '../support/links.ts';
import { allPages, onlyRedirects, siteDir, siteUrl } from '../support/site.ts';

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
      const items: { title: string; link: string; description?: string; pubDate: string }[] = rss.channel.item;
      const expected = published.flatMap((issue) => [`/${path}/issues/${issue.number}/`, ...issue.pieces.map((piece) => `/${path}/issues/${issue.number}/${piece.slug}/`)]);
      expect(items.map((item) => new URL(item.link).pathname)).toEqual(expected);
      for (const item of items) {
        expect(item.title, item.link).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.pubDate)), item.link).toBe(false);
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
});

describe('the sitemap', () => {
  it('lists every page of every locale, with its alternates in the other locales, and nothing else', async () => {
    const site = siteUrl();
    const index = xml('sitemap-index.xml');
    const urls = index.sitemapindex.sitemap.flatMap(({ loc }: { loc: string }) => xml(fileOf(new URL(loc), site)!).urlset.url) as { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[];
    // Not the pages that only redirect (the root, /{locale}/issues/), nor the "page not found" pages.
    const pages = (await allPages()).filter((file) => !onlyRedirects(file) && !file.endsWith('404.html'));
    expect(urls.map(({ loc }) => new URL(loc).pathname).sort()).toEqual(pages.map(addressOf).sort());
    for (const url of urls) {
      const alternates = url['xhtml:link'];
      expect(alternates.map((a) => a.hreflang).sort(), url.loc).toEqual(LOCALES.map((l) => l.code).sort());
      for (const { href } of alternates) expect(existsSync(join(siteDir(), fileOf(new URL(href), site)!)), href).toBe(true);
    }
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(siteDir(), 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});
