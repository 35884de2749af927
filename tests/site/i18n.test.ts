import { describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { LOCALES } from '../../src/i18n/locales.ts';
import { attributeValues, page, siteDir } from '../support/site.ts';

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN_LETTER = /[A-Za-zčćđšžČĆĐŠŽ]/g;
/** The prose of a piece page: its body, without the site's chrome. */
const prose = (html: string) => (html.match(/<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*<\/article>/)?.[1] ?? '').replace(/<[^>]+>/g, ' ');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

const SAMPLE_PAGES = ['/', 'issues/12/', 'issues/12/editorial/', 'issues/1/word-from-bulgaria/', 'agenda/', 'contacts/', 'translations/'];

describe('every page in every locale', () => {
  it('exists at /{locale}/… for en, fr, sr-latn and sr-cyrl', async () => {
    const english = (await glob('en/**/*.html', { cwd: siteDir() })).map((p) => p.slice(3)).sort();
    expect(english.length).toBeGreaterThan(40);
    for (const { path } of LOCALES) {
      expect((await glob(`${path}/**/*.html`, { cwd: siteDir() })).map((p) => p.slice(path.length + 1)).sort(), path).toEqual(english);
    }
  });

  for (const { code, path } of LOCALES) {
    it(`declares lang="${code}", links every locale with hreflang and x-default, and switches to the same page (${path})`, () => {
      for (const sample of SAMPLE_PAGES) {
        const rest = sample === '/' ? '' : sample;
        const html = page(`/${path}/${rest}`);
        expect(html, sample).toMatch(new RegExp(`<html lang="${code}"`));
        for (const other of LOCALES) {
          expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other.code}" href="https?://[^"]+/${other.path}/${rest}"`));
        }
        expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="x-default" href="https?://[^"]+/en/${rest}"`));
        const switcher = html.match(/<nav class="language-switcher"[\s\S]*?<\/nav>/)?.[0] ?? '';
        expect(attributeValues(switcher, /<a href="([^"]+)"/g)).toEqual(LOCALES.map((l) => `/${l.path}/${rest}`));
      }
    });
  }
});

describe('interface text and dates in the reader\'s language', () => {
  it('translates the navigation and formats the issue date per locale', () => {
    const nav = (path: string) => page(path).match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(nav('/fr/issues/12/')).toContain('Archives');
    expect(nav('/sr-cyrl/issues/12/')).toContain('Архива');
    expect(nav('/sr-latn/issues/12/')).toContain('Arhiva');
    expect(page('/fr/issues/12/')).toContain('<time datetime="2019-04">avril 2019</time>');
    expect(page('/sr-cyrl/issues/12/')).toContain('<time datetime="2019-04">април 2019.</time>');
    expect(page('/sr-latn/issues/12/')).toContain('<time datetime="2019-04">april 2019.</time>');
  });
});

describe('translated and fallback pages', () => {
  it('shows an untranslated piece in English, marked lang="en", with a notice in the reader\'s language', () => {
    const fr = page('/fr/issues/10/chisinau-seminar/');
    expect(fr).toContain('Cet article n’est pas encore traduit en français');
    expect(fr).toMatch(/<div class="prose" lang="en">/);
    expect(fr).toMatch(/<h1 class="piece-title"[^>]*lang="en"/);
    const sr = page('/sr-cyrl/issues/10/chisinau-seminar/');
    expect(sr).toContain('Овај текст још није преведен на српски');
    expect(sr).toMatch(/<div class="prose" lang="en">/);
  });

  it('shows a translated piece without notice, in French with French spacing', () => {
    const html = page('/fr/issues/12/editorial/');
    expect(html).not.toContain('fallback-notice');
    expect(html).toMatch(/<div class="prose">/);
    expect(prose(html)).toMatch(/\u202F[;!?]|\u00A0:/);
  });

  it('builds each Serbian script from the one the translator wrote', () => {
    // The editorial is written in Cyrillic, the sociological approach in Latin.
    for (const slug of ['editorial', 'sociological-approach']) {
      const latin = prose(page(`/sr-latn/issues/12/${slug}/`));
      const cyrillic = prose(page(`/sr-cyrl/issues/12/${slug}/`));
      expect(count(latin, CYRILLIC), `${slug} in sr-latn`).toBe(0);
      expect(count(latin, LATIN_LETTER), slug).toBeGreaterThan(500);
      expect(count(cyrillic, CYRILLIC), `${slug} in sr-cyrl`).toBeGreaterThan(count(cyrillic, LATIN_LETTER) * 4);
    }
  });
});
