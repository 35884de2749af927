import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { allPages, siteDir } from '../support/site.ts';
import { axeCheck } from '../support/axe.ts';
import { serveStatic, type StaticServer } from '../../scripts/pdf/static-server.ts';
import { launchChromium } from '../../scripts/pdf/chromium.ts';

const { issues } = assembleArchive((await readContent('content')).input);
const pieceOf = (number: number, slug: string) => {
  const piece = issues.find((issue) => issue.number === number)?.pieces.find((p) => p.slug === slug);
  if (!piece) throw new Error(`no piece ${slug} in issue ${number}`);
  return piece;
};
const dateOfIssue = new Map(issues.map((issue) => [issue.number, issue.date.iso]));
const pieceCount = (number: number) => issues.find((issue) => issue.number === number)!.pieces.length;
const CYRILLIC = /[\u0400-\u04FF]/;

/** A fresh page in its own context: each test starts with no cache and no state. */
const openPage = async (options: BrowserContextOptions = {}) => (await browser.newContext(options)).newPage();

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(siteDir());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Result {
  href: string;
  title: string;
  meta: string;
  marks: string[];
  sections: string[];
}

/** A page tall enough for Pagefind to load the data of every result at once (it loads them as they scroll into view). */
const tallPage = () => openPage({ viewport: { width: 1280, height: 8000 } });

/** Opens a search page and types a query. */
async function search(path: string, query: string): Promise<Page> {
  const page = await tallPage();
  await page.goto(`${server.origin}${path}`);
  await page.locator('pagefind-input input').fill(query);
  await settled(page, query);
  return page;
}

/** Waits until the summary reports the search of `query` and every result listed has loaded its data. */
async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((term) => {
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    const list = document.querySelector('pagefind-results ul');
    return summary.includes(term) && !summary.endsWith('…') && list?.getAttribute('aria-busy') === 'false'
      && [...list.children].every((item) => item.classList.contains('search-result'));
  }, query);
}

async function results(page: Page): Promise<Result[]> {
  return page.locator('li.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('.search-result-title a')?.getAttribute('href') ?? '',
      title: item.querySelector('.search-result-title')?.textContent?.trim() ?? '',
      meta: item.querySelector('.search-result-meta')?.textContent?.trim() ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      sections: [...item.querySelectorAll('.search-result-sections a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

/** The number of results the summary announces ("12 pieces found for …"), 0 for none. */
async function count(page: Page): Promise<number> {
  const summary = await page.locator('pagefind-summary').innerText();
  return Number(summary.match(/\d+/)?.[0] ?? 0);
}

describe('searching the archive in a real browser', () => {
  it('finds a piece by a word of its text and shows its title, rubric, issue, date and highlighted excerpt', async () => {
    const piece = pieceOf(12, 'sociological-approach');
    const page = await search('/en/search/', 'Bihor');
    const found = (await results(page)).find((result) => result.href === '/en/issues/12/sociological-approach/');
    expect(found, JSON.stringify(await results(page))).toBeDefined();
    expect(found!.title).toBe(piece.data.title);
    expect(found!.meta).toBe('Focus on… · N° 12, April 2019');
    expect(found!.marks).toContain('Bihor');
  });

  it('draws the search field as the site draws its fields: underlined in its blue, the clear button in its font', async () => {
    const page = await search('/en/search/', 'Bihor');
    const style = await page.evaluate(() => {
      const wrapper = getComputedStyle(document.querySelector('.pf-input-wrapper')!);
      const clear = getComputedStyle(document.querySelector('.pf-input-clear')!);
      return { underline: `${wrapper.borderBottomWidth} ${wrapper.borderBottomStyle} ${wrapper.borderBottomColor}`, clearFont: clear.fontFamily, clearSize: clear.fontSize };
    });
    expect(style.underline).toBe('2px solid rgb(0, 0, 145)');
    expect(style.clearFont).toMatch(/^"Source Sans 3/);
    expect(Number.parseFloat(style.clearSize)).toBeGreaterThan(12);
  });

  it('leads from a hit in a section to that section\'s heading on the piece page', async () => {
    const page = await search('/en/search/', 'Bihor');
    const found = (await results(page)).find((result) => result.href === '/en/issues/12/sociological-approach/');
    const section = found?.sections.find((href) => href.startsWith('/en/issues/12/sociological-approach/#'));
    expect(section, JSON.stringify(found)).toBeDefined();
    await page.locator(`.search-result-sections a[href="${section}"]`).click();
    await page.waitForURL(`**${section}`);
    const target = await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.tagName);
    expect(target).toMatch(/^H[2-4]$/);
  });

  it('shows each passage once: a section hit whose passage is the result\'s own excerpt keeps its link but not a second copy of the text', async () => {
    // "Bihor" is in the first section of two pieces, where Pagefind's section excerpts repeat the result's, word for word in one.
    const page = await search('/en/search/', 'Bihor');
    const shown = await page.locator('li.search-result').evaluateAll((items) =>
      items.map((item) => ({
        excerpt: item.querySelector(':scope > .search-result-excerpt')?.textContent ?? '',
        sections: [...item.querySelectorAll('.search-result-sections li')].map((li) => ({
          link: li.querySelector('a')?.textContent ?? '',
          excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
        })),
      })),
    );
    const sections = shown.flatMap((result) => result.sections.map((section) => ({ ...section, result: result.excerpt })));
    expect(sections.length, JSON.stringify(shown)).toBeGreaterThanOrEqual(2);
    for (const section of sections) {
      expect(section.link).not.toBe('');
      // The middle of the result's excerpt, which any copy of its passage, shifted or not, holds.
      expect(section.excerpt).not.toContain(section.result.slice(40, 100));
    }
  });

  it('reads a key\'s acronym and its meaning, and a key figure and what it counts, as words of their own', async () => {
    const excerptOf = async (query: string, href: string) => {
      const page = await search('/en/search/', query);
      const excerpts = await page.locator('li.search-result').evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector('.search-result-title a')?.getAttribute('href'), text: item.querySelector(':scope > .search-result-excerpt')?.textContent ?? '' })),
      );
      return excerpts.find((excerpt) => excerpt.href === href)?.text ?? JSON.stringify(excerpts);
    };
    // The index used to join them: "AISAttaché for internal security", "€1,830,000France’s general…".
    expect(await excerptOf('internal security', '/en/issues/5/french-regional-response/')).toContain('AIS Attaché for internal security');
    expect(await excerptOf('voluntary contributions', '/en/issues/10/france-and-unodc/')).toContain('€1,830,000 France’s general voluntary contributions');
  });

  it('narrows the results with a filter', async () => {
    const page = await search('/en/search/', 'trafficking');
    const all = await count(page);
    const inIssue10 = (await results(page)).filter((result) => result.href.startsWith('/en/issues/10/')).length;
    expect(inIssue10).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(inIssue10);
    await page.locator('select[data-search-filter="issue"]').selectOption('N° 10');
    await page.waitForFunction((before) => Number(document.querySelector('pagefind-summary')?.textContent?.match(/\d+/)?.[0]) < before, all);
    expect(await count(page)).toBe(inIssue10);
    await settled(page, 'trafficking');
    for (const result of await results(page)) {
      expect(result.href).toMatch(/^\/en\/issues\/10\//);
      expect(result.meta).toContain('N° 10');
    }
  });

  it('lists what the filters select when no words are typed, and says when words and filters find nothing', async () => {
    const t = useTranslations('en');
    const page = await tallPage();
    await page.goto(`${server.origin}/en/search/`);
    await page.locator('select[data-search-filter="issue"]').selectOption('N° 12');
    await expect.poll(() => page.locator('li.search-result').count()).toBe(pieceCount(12));
    await expect.poll(() => page.locator('pagefind-summary').innerText()).toBe(t('pagefind.total_many_results').replace('[COUNT]', String(pieceCount(12))));
    // N° 1 appeared in 2014: nothing of it is from 2019.
    await page.goto(`${server.origin}/en/search/?q=trafficking&issue=${encodeURIComponent('N° 1')}&year=2019`);
    await expect.poll(() => page.locator('pagefind-summary').innerText()).toBe(t('search.zeroFiltered').replace('[SEARCH_TERM]', 'trafficking'));
  });

  it('keeps the words, filters and order in the address, so that going Back shows the same results', async () => {
    const page = await search('/en/search/', 'trafficking');
    await page.locator('select[data-search-filter="issue"]').selectOption('N° 10');
    await page.locator('select[data-search-sort]').selectOption({ label: 'Newest first' });
    await expect.poll(() => page.url()).toContain('issue=');
    await settled(page, 'trafficking');
    const listed = (await results(page)).map((r) => r.href);
    expect(listed.every((href) => href.startsWith('/en/issues/10/'))).toBe(true);
    await page.locator('li.search-result .search-result-title a').first().click();
    await page.waitForURL('**/en/issues/10/**');
    await page.goBack();
    await settled(page, 'trafficking');
    expect(await page.locator('select[data-search-filter="issue"]').inputValue()).toBe('N° 10');
    expect(await page.locator('select[data-search-sort]').inputValue()).toBe('date:desc');
    expect((await results(page)).map((r) => r.href)).toEqual(listed);
    // The query goes to another language's search page; the filters, words of this language, do not.
    expect(await page.locator('.language-switcher a[hreflang="fr"]').evaluate((link: HTMLAnchorElement) => link.pathname + link.search)).toBe('/fr/search/?q=trafficking');
  });

  it('says in the page\'s language that search could not load, and leads to the archive, when Pagefind fails', async () => {
    const t = useTranslations('fr');
    for (const blocked of ['**/pagefind/pagefind-component-ui.js', '**/pagefind/pagefind.js', '**/pagefind/*.pagefind']) {
      const page = await openPage();
      await page.route(blocked, (route) => route.abort());
      await page.goto(`${server.origin}/fr/search/?q=traite`);
      await expect.poll(() => page.locator('.search-failed').isVisible(), { message: blocked }).toBe(true);
      expect(await page.locator('.search-failed').innerText()).toBe(`${t('search.failed')} ${t('search.browse')}`);
      expect(await page.locator('.search').isVisible()).toBe(false);
      expect(await page.locator('body').innerText()).not.toContain('Pagefind');
    }
  });

  it('orders the results newest first on request', async () => {
    const page = await search('/en/search/', 'trafficking');
    const total = await count(page);
    const dates = async () => (await results(page)).map((r) => dateOfIssue.get(Number(r.href.split('/')[3])) ?? 'no result data');
    const newestFirst = async () => {
      const listed = await dates();
      return listed.length === total && listed.every((date, i) => i === 0 || listed[i - 1]! >= date);
    };
    expect(await newestFirst(), 'ranked by relevance, the results are not in date order').toBe(false);
    await page.locator('select[data-search-sort]').selectOption({ label: 'Newest first' });
    await expect.poll(newestFirst).toBe(true);
  });

  it('finds inflected forms in French: a plural query finds a piece that only has the singular', async () => {
    const piecePage = readFileSync(join(siteDir(), 'fr/issues/12/french-strategy/index.html'), 'utf8');
    expect(piecePage).not.toMatch(/stratégies/i);
    expect(piecePage).toMatch(/stratégie/i);
    const page = await search('/fr/search/', 'stratégies');
    const found = (await results(page)).find((result) => result.href === '/fr/issues/12/french-strategy/');
    expect(found).toBeDefined();
    expect(found!.marks.map((m) => m.toLowerCase())).toContain('stratégie');
    expect(found!.meta).toBe('Panorama · N°\u00A012, avril 2019');
  });

  it('never answers a French query with a piece shown under /fr/ in its English original', async () => {
    const fallbacks = (await allPages()).filter((path) => /^fr\/issues\/\d+\/[^/]+\/index\.html$/.test(path) && readFileSync(join(siteDir(), path), 'utf8').includes('class="fallback-notice"'));
    expect(fallbacks.length).toBeGreaterThan(0);
    const url = `/${fallbacks[0]!.replace(/index\.html$/, '')}`;
    const title = readFileSync(join(siteDir(), fallbacks[0]!), 'utf8').match(/<h1 class="piece-title"[^>]*>([^<]+)</)![1]!.trim();
    const english = await search('/en/search/', title);
    expect((await results(english)).map((r) => r.href)).toContain(url.replace(/^\/fr\//, '/en/'));
    const french = await search('/fr/search/', title);
    const hrefs = (await results(french)).map((r) => r.href);
    expect(hrefs).not.toContain(url);
    for (const href of hrefs) expect(fallbacks, href).not.toContain(`${href.slice(1)}index.html`);
  });

  it('finds Serbian in either script: a Cyrillic query on the Latin site, a Latin query on the Cyrillic site', async () => {
    const latin = await search('/sr-latn/search/', 'трговина');
    const latinResults = await results(latin);
    expect(latinResults.map((r) => r.href)).toContain('/sr-latn/issues/12/french-strategy/');
    for (const result of latinResults) {
      expect(result.href).toMatch(/^\/sr-latn\//);
      expect(result.title, 'results of the Latin site are in Latin script').not.toMatch(CYRILLIC);
    }
    expect(latinResults.flatMap((r) => r.marks).some((mark) => /^trgovin/i.test(mark))).toBe(true);

    const cyrillic = await search('/sr-cyrl/search/', 'trgovina');
    const cyrillicResults = await results(cyrillic);
    expect(cyrillicResults.map((r) => r.href)).toContain('/sr-cyrl/issues/12/french-strategy/');
    expect(cyrillicResults.flatMap((r) => r.marks).some((mark) => /^трговин/i.test(mark))).toBe(true);
  });

  it('finds Serbian words with ž, č and ć in either script as in their own', async () => {
    for (const [path, typed, own] of [
      ['/sr-cyrl/search/', 'žrtve', 'жртве'],
      ['/sr-cyrl/search/', 'krivičnih', 'кривичних'],
      ['/sr-latn/search/', 'мрежа', 'mreža'],
      ['/sr-latn/search/', 'трећи', 'treći'],
      ['/sr-cyrl/search/', '"žrtve trgovine"', '"жртве трговине"'],
    ] as const) {
      const inOwnScript = (await results(await search(path, own))).map((r) => r.href).sort();
      expect(inOwnScript.length, own).toBeGreaterThan(0);
      const page = await search(path, typed);
      expect((await results(page)).map((r) => r.href).sort(), `${typed} on ${path}`).toEqual(inOwnScript);
      expect((await results(page)).flatMap((r) => r.marks).some((mark) => mark.toLowerCase().startsWith(own.replace('"', '').slice(0, 4))), typed).toBe(true);
    }
    // A name the Cyrillic pages keep in Latin letters is still found as typed, in a phrase too.
    expect((await results(await search('/sr-cyrl/search/', 'Olivier'))).length).toBeGreaterThan(0);
    expect((await results(await search('/sr-cyrl/search/', '"Olivier Peyroux"'))).length).toBeGreaterThan(0);
  });

  it('keeps the query when the reader switches to the search page of another language', async () => {
    const page = await search('/en/search/', 'Bihor');
    await page.locator('.language-switcher a[hreflang="fr"]').click();
    await settled(page, 'Bihor');
    expect(new URL(page.url()).pathname).toBe('/fr/search/');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('Bihor');
    expect((await results(page)).map((r) => r.href)).toContain('/fr/issues/12/sociological-approach/');
  });

  it('finds a piece by its own words only: not by the rubric above its title, nor by the note standing for a photograph', async () => {
    for (const [path, word] of [['/en/search/', 'reproduced'], ['/fr/search/', 'reproduite']] as const) {
      const marked = (await results(await search(path, word))).flatMap((r) => r.marks).map((mark) => mark.toLowerCase());
      expect(marked, path).not.toContain(word);
    }
    const [first] = await (await search('/en/search/', 'sociological approach')).locator('li.search-result .search-result-excerpt').allInnerTexts();
    expect(first).toMatch(/^The sociological approach/);
  });

  it('leads a reader of a translation to the English search, with their query, for the pieces not yet translated', async () => {
    const page = await search('/fr/search/', 'Chisinau');
    expect((await results(page)).map((r) => r.href)).not.toContain('/fr/issues/10/chisinau-seminar/');
    await page.locator('a[data-search-carries-query]').click();
    await settled(page, 'Chisinau');
    expect(new URL(page.url()).pathname).toBe('/en/search/');
    expect((await results(page)).map((r) => r.href)).toContain('/en/issues/10/chisinau-seminar/');
    expect(await page.locator('a[data-search-carries-query]').count()).toBe(0);
  });

  it('speaks the page\'s language, Serbian Latin included, down to the filter values', async () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale.code);
      const page = await tallPage();
      await page.goto(`${server.origin}/${locale.path}/search/?q=2019`);
      await settled(page, '2019');
      const input = page.locator('pagefind-input input');
      expect(await input.getAttribute('placeholder'), locale.code).toBe(t('pagefind.placeholder'));
      expect(await input.inputValue(), 'the query in the address is run').toBe('2019');
      const found = await page.locator('li.search-result').count();
      expect(found, locale.code).toBeGreaterThan(1);
      const summary = t('pagefind.many_results').replace('[COUNT]', String(found)).replace('[SEARCH_TERM]', '2019');
      expect(await page.locator('pagefind-summary').innerText(), locale.code).toBe(summary);
      // The words searched for stand in the language's quotation marks: “2019”, « 2019 », „2019“.
      expect(summary, locale.code).toMatch(/(“2019”|«\s2019\s»|„2019“)/u);
      const kinds = await page.locator('select[data-search-filter="kind"] option').allInnerTexts();
      expect(kinds, locale.code).toContain(t('kind.editorial'));
      if (locale.code === 'sr-Latn') expect(`${summary}${kinds.join('')}`).not.toMatch(CYRILLIC);
    }
    const french = await openPage();
    await french.goto(`${server.origin}/fr/search/`);
    expect(await french.locator('select[data-search-filter="country"] option').allInnerTexts()).toContain('Albanie');
  });
});

describe('accessibility of the search page in use', () => {
  for (const [path, query] of [['/en/search/', 'Romania'], ['/sr-cyrl/search/', 'трговина']] as const) {
    it(`has no WCAG 2.2 A/AA or best-practice violation with results and a filter shown (${path})`, async () => {
      const page = await search(path, query);
      await page.locator('select[data-search-filter="year"]').selectOption({ index: 1 });
      await page.waitForFunction(() => document.querySelector('pagefind-results ul')?.getAttribute('aria-busy') === 'false' && document.querySelector('li.search-result'));
      const { passes, violations } = await axeCheck(page);
      expect(passes, 'axe ran its checks').toBeGreaterThan(20);
      expect(violations).toEqual([]);
    });
  }
});

describe('search without JavaScript', () => {
  it('leads from the header form to the search page, which says search needs JavaScript', async () => {
    const t = useTranslations('en');
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${server.origin}/en/issues/12/`);
    await page.locator('form.site-search input[name="q"]').fill('Romania');
    await page.locator('form.site-search button[type="submit"]').click();
    await page.waitForURL('**/en/search/?q=Romania');
    await expect.poll(() => page.locator('.search-noscript').isVisible()).toBe(true);
    expect(await page.locator('.search-noscript').innerText()).toContain(t('search.noscript'));
    expect(await page.locator('.search').isVisible()).toBe(false);
  });
});
