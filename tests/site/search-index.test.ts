import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { allPages, onlyRedirects, page, siteDir } from '../support/site.ts';
import { fixture, whereWordAppears } from '../support/fixture-site.ts';

const { issues } = assembleArchive((await readContent('content')).input);

const PIECE_PAGE = /^([a-z-]+)\/issues\/\d+\/[^/]+\/index\.html$/;
const html = (path: string) => readFileSync(join(siteDir(), path), 'utf8');
const indexed = (text: string) => /\sdata-pagefind-body[\s>=]/.test(text);

describe('what the search index holds', () => {
  it('indexes a piece page exactly when its text is in the page\'s language, never an English fallback', async () => {
    const pieces = (await allPages()).filter((path) => PIECE_PAGE.test(path));
    expect(pieces.length).toBeGreaterThan(100);
    let fallbacks = 0;
    for (const path of pieces) {
      const text = html(path);
      const fallback = text.includes('class="fallback-notice"');
      if (fallback) fallbacks++;
      expect(indexed(text), path).toBe(!fallback);
    }
    expect(fallbacks, 'the real archive has untranslated pieces').toBeGreaterThan(0);
  });

  it('indexes no other page: not the issue pages, which repeat every piece, nor home, agenda, contacts or search', async () => {
    const others = (await allPages()).filter((path) => !PIECE_PAGE.test(path));
    expect(others.some((path) => /^en\/issues\/12\/index\.html$/.test(path))).toBe(true);
    for (const path of others) expect(indexed(html(path)), path).toBe(false);
  });

  it('indexes only the piece itself: the element marked for the index holds no navigation, header or footer', () => {
    const text = page('/en/issues/12/french-strategy/');
    const body = text.match(/<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/)?.[1] ?? '';
    expect(body).toContain('<h1');
    expect(body).not.toMatch(/<nav\b|<footer\b|<header class="site-header"|class="masthead"|class="piece-nav"/);
    // The issue line above the title repeats on every piece of an issue: it is kept out of the text.
    expect(body).toMatch(/<p class="piece-issue" data-pagefind-ignore>/);
  });

  it('writes one index per language, each with exactly the pages marked for it', async () => {
    const entry = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = await allPages();
    for (const { code, path } of LOCALES) {
      const marked = pages.filter((p) => p.startsWith(`${path}/`) && indexed(html(p))).length;
      expect(marked, path).toBeGreaterThan(0);
      expect(entry.languages[code.toLowerCase()]?.page_count, code).toBe(marked);
    }
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((l) => l.code.toLowerCase()).sort());
  });
});

describe('a translation made before its English text was revised', () => {
  it('is indexed with its own text, not the notice saying so (the fixture\'s N° 2)', async () => {
    const index = join(fixture().siteDir, 'pagefind');
    expect(await whereWordAppears(index, 'réuni des procureurs')).not.toEqual([]);
    expect(await whereWordAppears(index, 'révisé depuis sa traduction')).toEqual([]);
  });
});

describe('the way into search', () => {
  it('puts a plain GET form leading to the search page of its own language in the header of every other page', async () => {
    for (const path of await allPages()) {
      const locale = path.split('/')[0]!;
      if (!LOCALES.some((l) => l.path === locale) || onlyRedirects(path)) continue;
      const text = html(path);
      const form = text.match(/<form class="site-search"[^>]*>[\s\S]*?<\/form>/)?.[0];
      if (path === `${locale}/search/index.html`) {
        expect(form, path).toBeUndefined();
        continue;
      }
      expect(form, path).toMatch(new RegExp(`action="/${locale}/search/" method="get"`));
      expect(form, path).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
      expect(form, path).toMatch(/<label[^>]*for="site-search-query"/);
    }
  });
});

describe('the search page\'s filters', () => {
  const options = (path: string, key: string) =>
    [...(page(path).match(new RegExp(`<select data-search-filter="${key}"[^>]*>([\\s\\S]*?)</select>`))?.[1] ?? '').matchAll(/<option(?: value="")?>([^<]*)<\/option>/g)]
      .map((match) => match[1]!)
      .slice(1);
  const issuesWithIndexedPieces = async (locale: string) =>
    new Set((await allPages()).filter((path) => path.startsWith(`${locale}/issues/`) && PIECE_PAGE.test(path) && indexed(html(path))).map((path) => Number(path.split('/')[2])));

  it('offers issues and years newest first, only those with pieces in the page\'s language', async () => {
    const newestFirst = [...issues].sort((a, b) => b.date.iso.localeCompare(a.date.iso));
    const english = options('/en/search/', 'issue');
    expect(english).toEqual(newestFirst.map((issue) => `N° ${issue.number}`));
    expect(options('/en/search/', 'year')).toEqual([...new Set(newestFirst.map((issue) => String(issue.date.year)))]);
    const french = options('/fr/search/', 'issue');
    const frenchNumber = (n: number) => useTranslations('fr')('issue.number', { number: n });
    expect(french.map((label) => Number(label.replace(/\D/g, '')))).toEqual(english.map((label) => Number(label.replace(/\D/g, ''))).filter((n) => french.includes(frenchNumber(n))));
    expect(new Set(french.map((label) => Number(label.replace(/\D/g, ''))))).toEqual(await issuesWithIndexedPieces('fr'));
  });

  it('names countries in the page\'s language and sorts them in its alphabetical order', () => {
    for (const { path, intl } of LOCALES) {
      const countries = options(`/${path}/search/`, 'country');
      expect(countries.length, path).toBeGreaterThan(0);
      expect(countries, path).toEqual([...countries].sort(new Intl.Collator(intl).compare));
    }
    expect(options('/en/search/', 'country')).toEqual(expect.arrayContaining(['Albania', 'Bosnia and Herzegovina']));
    expect(options('/fr/search/', 'country')).toContain('Albanie');
    expect(options('/sr-latn/search/', 'country')).toContain('Albanija');
    expect(options('/sr-cyrl/search/', 'country')).toContain('Албанија');
  });
});
