import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { fileOf } from '../support/links.ts';
import { allPages, onlyRedirects, page, siteDir, siteUrl } from '../support/site.ts';

const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
const jsonLd = (html: string) => {
  const data = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return data === undefined ? undefined : JSON.parse(data);
};

describe('social metadata', () => {
  it('gives every page a title, description and a 1200×630 share image that exists', async () => {
    const site = siteUrl();
    const images = new Set<string>();
    for (const file of (await allPages()).filter((f) => !onlyRedirects(f))) {
      const html = readFileSync(join(siteDir(), file), 'utf8');
      expect(meta(html, 'og:title'), file).toBeTruthy();
      expect(meta(html, 'og:description'), file).toBeTruthy();
      expect(meta(html, 'og:image:alt'), file).toBeTruthy();
      images.add(fileOf(new URL(meta(html, 'og:image')!), site)!);
    }
    for (const image of images) {
      const { width, height, format } = await sharp(join(siteDir(), image)).metadata();
      expect({ image, width, height, format }).toEqual({ image, width: 1200, height: 630, format: 'png' });
    }
  });

  it('names a piece with its issue where it stands alone: the browser\'s tab, a shared link, the feed', () => {
    const html = page('/fr/issues/12/editorial/');
    expect(html).toContain('<title>Éditorial – n°\u00A012 | Lettre trimestrielle</title>');
    expect(meta(html, 'og:title')).toBe('Éditorial – n°\u00A012');
    expect(page('/en/issues/5/editorial/')).toContain('<title>Editorial – N° 5 | Quarterly Letter</title>');
    expect(readFileSync(join(siteDir(), 'sr-cyrl/rss.xml'), 'utf8')).toContain('<title>Уводник – бр. 12</title>');
  });

  it('describes a piece without a standfirst by its own opening words, in the language its text is shown in', () => {
    const description = (path: string) => /<meta name="description" content="([^"]*)"/.exec(page(path))?.[1];
    expect(description('/en/issues/12/french-network/')).toMatch(/^Attached to the French Embassy in Serbia, the French Centre for Expertise .*…$/);
    expect(description('/fr/issues/12/french-network/')).toMatch(/^Rattaché à l’ambassade de France en Serbie/);
    // Translated into Cyrillic, shown in Latin script.
    expect(description('/sr-latn/issues/12/french-network/')).toMatch(/^Francuski centar za ekspertizu u oblasti bezbednosti/);
    // Not translated into French: the page shows the English text, and says what it says.
    expect(description('/fr/issues/5/belgrade-trip/')).toMatch(/^Caroline Charpentier was in Belgrade/);
    expect(meta(page('/en/issues/12/french-network/'), 'og:description')).toBe(description('/en/issues/12/french-network/'));
    expect(jsonLd(page('/en/issues/12/french-network/')).description).toBe(description('/en/issues/12/french-network/'));
  });

  it('shares an issue and its pieces with the issue\'s own image, in the page\'s language', () => {
    for (const { path } of LOCALES) {
      const image = `/${path}/issues/12/share.png`;
      expect(new URL(meta(page(`/${path}/issues/12/`), 'og:image')!).pathname).toBe(image);
      expect(new URL(meta(page(`/${path}/issues/12/editorial/`), 'og:image')!).pathname).toBe(image);
    }
    expect(meta(page('/sr-cyrl/issues/12/'), 'og:image:alt')).toContain('Тромесечни билтен, бр. 12, април 2019.');
    const english = readFileSync(join(siteDir(), 'en/issues/12/share.png'));
    expect(readFileSync(join(siteDir(), 'sr-cyrl/issues/12/share.png')).equals(english)).toBe(false);
  });
});

describe('schema.org structured data', () => {
  it('describes the archive as a Periodical, an issue as a PublicationIssue, a piece as an Article of its issue', () => {
    expect(jsonLd(page('/fr/'))).toMatchObject({ '@context': 'https://schema.org', '@type': 'Periodical', inLanguage: 'fr' });
    const issue = jsonLd(page('/en/issues/12/'));
    expect(issue).toMatchObject({ '@type': 'PublicationIssue', issueNumber: '12', datePublished: '2019-04', isPartOf: { '@type': 'Periodical' } });
    expect(issue.hasPart.length).toBeGreaterThan(3);
    expect(jsonLd(page('/en/issues/12/editorial/'))).toMatchObject({
      '@type': 'Article',
      headline: 'Editorial',
      author: [{ '@type': 'Person', name: 'Laurent Bili' }],
      isPartOf: { '@type': 'PublicationIssue', issueNumber: '12' },
    });
  });
});

describe('the "page not found" pages', () => {
  it('exist at /404.html and /{locale}/404.html, in the locale\'s language, kept out of search engines', () => {
    expect(page('/404.html')).toMatch(/<html lang="en"/);
    for (const { code, path } of LOCALES) {
      const html = page(`/${path}/404.html`);
      expect(html).toMatch(new RegExp(`<html lang="${code}"`));
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(new RegExp(`<a href="/${path}/">`));
    }
    expect(page('/fr/404.html')).toContain('Page introuvable');
  });

  it('say it in every language at /404.html, which some hosts show for every missing address, and only there', () => {
    const root = page('/404.html');
    for (const { code, path } of LOCALES.filter(({ code }) => code !== 'en')) {
      const section = root.match(new RegExp(`<section class="not-found-language" lang="${code}"[^>]*>([\\s\\S]*?)</section>`))?.[1];
      expect(section, code).toContain(useTranslations(code)('notFound.title'));
      expect(section, code).toContain(`<a href="/${path}/">${useTranslations(code)('notFound.home')}</a>`);
      expect(page(`/${path}/404.html`), path).not.toContain('not-found-language');
    }
  });
});
