import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { LOCALES, type LocaleCode } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { attributeValues, page, siteDir } from '../support/site.ts';
import { builtPage } from '../support/fixture-site.ts';

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN_LETTER = /[A-Za-zčćđšžČĆĐŠŽ]/g;
/** The prose of a piece page: its body, without the site's chrome. */
const prose = (html: string) => (html.match(/<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*<\/article>/)?.[1] ?? '').replace(/<[^>]+>/g, ' ');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Pages whose text every locale has (issue 12 is translated whole); see below for a page shown in English. */
const SAMPLE_PAGES = ['/', 'issues/12/', 'issues/12/editorial/', 'agenda/', 'contacts/', 'translations/'];
const links = (html: string, rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}"(?: hreflang="([^"]+)")? href="https?://[^/"]+([^"]*)"`, 'g'))].map((m) => (m[1] ? `${m[1]} ${m[2]}` : m[2]));

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

describe('a page shown in English for want of a translation', () => {
  it('names the English page as its address for search engines, and is listed as no locale\'s version', () => {
    // N° 1's "A word from Bulgaria" exists in English only; N° 10 is not translated into Serbian at all.
    for (const path of ['/fr/issues/1/word-from-bulgaria/', '/sr-latn/issues/1/word-from-bulgaria/', '/sr-cyrl/issues/10/', '/sr-cyrl/issues/10/ccpcj-2018/']) {
      const html = page(path);
      expect(links(html, 'canonical'), path).toEqual([path.replace(/^\/[^/]+/, '/en')]);
      expect(links(html, 'alternate'), path).toEqual([]);
      expect(html, path).toContain('<meta property="og:locale" content="en_GB"');
    }
    expect(links(page('/en/issues/1/word-from-bulgaria/'), 'alternate')).toEqual([]);
    // N° 10 in French and English only.
    expect(links(page('/en/issues/10/'), 'alternate')).toEqual(['en /en/issues/10/', 'fr /fr/issues/10/', 'x-default /en/issues/10/']);
    expect(links(page('/fr/issues/10/'), 'canonical')).toEqual(['/fr/issues/10/']);
  });
});

describe('a translation made before its English text was revised', () => {
  // The fixture's N° 2 (tests/fixtures/README.md): its piece was translated into French and Serbian (Cyrillic)
  // before the English gained a sentence; its editorial's French translation is up to date.
  const PIECE = '/issues/2/larkspurgate-conference/';
  const notices = (html: string) => html.match(/<p class="outdated-notice"[^>]*>[\s\S]*?<\/p>/g) ?? [];
  const noticeIn = (code: LocaleCode) => {
    const t = useTranslations(code);
    return `<p class="outdated-notice" role="note" data-pagefind-ignore>${t('outdated.piece')} <a href="/en${PIECE}" hreflang="en">${t('outdated.readEnglish')}</a>.</p>`;
  };

  it('says so right under its title, in the reader\'s language, with a link to the English page', () => {
    const fr = builtPage(`/fr${PIECE}`);
    expect(fr).toMatch(/<\/h1>\s*<p class="outdated-notice"/);
    expect(notices(fr)).toEqual([noticeIn('fr')]);
    // Serbian in either script, both read from the Cyrillic translation.
    expect(notices(builtPage(`/sr-cyrl${PIECE}`))).toEqual([noticeIn('sr-Cyrl')]);
    expect(notices(builtPage(`/sr-latn${PIECE}`))).toEqual([noticeIn('sr-Latn')]);
  });

  it('says so on the issue page, under that piece\'s title; an up-to-date translation says nothing', () => {
    const issue = builtPage('/fr/issues/2/');
    expect(notices(issue)).toEqual([noticeIn('fr')]);
    expect(issue).toMatch(/<h2 class="piece-title" id="larkspurgate-conference"[^>]*>[\s\S]*?<\/h2>\s*<p class="outdated-notice"/);
    const editorial = builtPage('/fr/issues/2/editorial/');
    expect(editorial).toContain('Larkspurgate ouvre l’année.');
    expect(editorial).not.toContain('outdated-notice');
  });

  it('is never said on an English page', () => {
    for (const path of [`/en${PIECE}`, '/en/issues/2/']) expect(builtPage(path), path).not.toContain('outdated-notice');
  });
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

  it('writes the issue number in lower case inside a phrase in French and Serbian, as their typography does', () => {
    const issueLine = (path: string) => (page(path).match(/<p class="piece-issue"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '').replace(/<[^>]+>/g, '');
    expect(issueLine('/en/issues/12/editorial/')).toContain('Quarterly Letter, N° 12');
    expect(issueLine('/fr/issues/12/editorial/')).toContain('Lettre trimestrielle, n°\u00A012');
    expect(issueLine('/sr-cyrl/issues/12/editorial/')).toContain('Тромесечни билтен, бр. 12');
    expect(issueLine('/sr-latn/issues/12/editorial/')).toContain('Tromesečni bilten, br. 12');
    expect(page('/sr-cyrl/contacts/')).toMatch(/<a href="\/sr-cyrl\/issues\/12\/">бр\. 12<\/a>/);
    // Standing alone, as in the masthead, it keeps its capital.
    expect(page('/sr-cyrl/issues/12/')).toMatch(/<span class="masthead-number"[^>]*>Бр\. 12<\/span>/);
  });
});

describe('translated and fallback pages', () => {
  it('shows an untranslated piece in English, marked lang="en", with a notice in the reader\'s language right under its title', () => {
    const fr = page('/fr/issues/10/chisinau-seminar/');
    expect(fr).toMatch(/<\/h1>\s*<p class="fallback-notice" role="note" data-pagefind-ignore>Cet article n’est pas encore traduit en français/);
    // On the issue page too, before the piece's English standfirst and roles.
    expect(page('/fr/issues/1/')).toMatch(/Bulgaria<\/a><\/h2>\s*<p class="fallback-notice" role="note" data-pagefind-ignore>Cet article/);
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

  it('marks the names and titles a translation keeps as written in its text fields with their language, and shows no tags', () => {
    const english = '<span lang="en" translate="no">The world doesn’t care</span>';
    for (const path of ['/fr/issues/12/', '/fr/agenda/', '/sr-cyrl/issues/12/', '/sr-latn/agenda/']) expect(page(path), path).toContain(english);
    expect(page('/sr-latn/issues/12/')).toContain('uz uvodnik g. Lorana Bilija (<span lang="fr" translate="no">Laurent Bili</span>)');
    // Where text cannot hold markup, the name is plain text.
    expect(page('/sr-cyrl/issues/12/')).toMatch(/<meta name="description" content="[^"]*Лорана Билија \(Laurent Bili\)\./);
    expect(readFileSync(join(siteDir(), 'sr-latn/rss.xml'), 'utf8')).toContain('Lorana Bilija (Laurent Bili).');
  });

  it('sets French ordinals in superscript in a French piece, on its page and in its issue\'s', () => {
    for (const path of ['/fr/issues/12/measures-2018/', '/fr/issues/12/']) {
      expect(page(path), path).toContain('lors de la 27<sup>e</sup> session');
      expect(page(path), path).toContain('au 1<sup>er</sup>\u00A0juin');
    }
  });

  it('sets them so in French text fields and dates too, and keeps a date\'s day with its month', () => {
    // Issue 10's summary, on its page and on the home page.
    for (const path of ['/fr/issues/10/', '/fr/']) expect(page(path), path).toContain('de la 27<sup>e</sup> session de la Commission');
    const agenda = page('/fr/agenda/');
    expect(agenda).toContain('1<sup>er</sup>–3\u00A0février 2017');
    expect(agenda).toMatch(/31\u00A0mai\s–\s1<sup>er<\/sup>\u00A0juin 2018/);
    expect(agenda).toContain('10\u00A0janvier 2019');
  });

  it('gives a translated piece\'s headings the English ids, so that a link to a heading leads to it in every language', () => {
    const ids = (path: string) => attributeValues(page(path), /<h[2-6] id="([^"]+)"/g);
    for (const slug of ['french-strategy', 'programme-2019', 'sociological-approach']) {
      const english = ids(`/en/issues/12/${slug}/`);
      expect(english.length, slug).toBeGreaterThan(0);
      for (const locale of ['fr', 'sr-latn', 'sr-cyrl']) expect(ids(`/${locale}/issues/12/${slug}/`), `${locale} ${slug}`).toEqual(english);
    }
    // In the issue page too, under the piece's prefix.
    expect(attributeValues(page('/fr/issues/12/'), /<h[3-6] id="(french-strategy-[^"]+)"/g)).toEqual(attributeValues(page('/en/issues/12/'), /<h[3-6] id="(french-strategy-[^"]+)"/g));
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

  it('converts what readers see or hear of the markup too: tooltips, accessible names, notes', () => {
    // The French network is translated in Cyrillic: its key's tooltips and its boxes' names must reach the Latin page in Latin.
    const latin = page('/sr-latn/issues/12/french-network/');
    const readAttributes = attributeValues(latin, /\s(?:title|aria-label|alt)="([^"]*)"/g);
    expect(readAttributes).toContain('Regionalni ataše za prava deteta');
    expect(readAttributes.filter((value) => count(value, CYRILLIC) > 0)).toEqual([]);
    expect(prose(latin)).toContain('Francuski centar za ekspertizu u oblasti bezbednosti u Jugoistočnoj Evropi: regionalni centar');
  });

  it('names the footnotes\' links back to the text in the reader\'s language', () => {
    for (const { code, path } of LOCALES) {
      const backLinks = attributeValues(page(`/${path}/issues/12/french-strategy/`), /data-footnote-backref="" aria-label="([^"]*)"/g);
      expect(backLinks, code).toEqual([useTranslations(code)('footnotes.back', { reference: '1' }), useTranslations(code)('footnotes.backToCall', { reference: '1', call: 2 })]);
      // Note 1 is called twice: the second link back names the note and the call, not the compiler's "1-2".
      expect(backLinks[1], code).not.toContain('1-2');
    }
  });

  it('keeps the interface text inside an English fallback body in the reader\'s language, so marked', () => {
    const t = useTranslations('sr-Cyrl');
    const marked = (path: string, text: string) => {
      const literal = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(page(path), `${path}: ${text}`).toMatch(new RegExp(`<div class="prose" lang="en">[\\s\\S]*<[^>]+ lang="sr-Cyrl"[^>]*>${literal}<`));
    };
    marked('/sr-cyrl/issues/2/local-diagnosis/', t('footnotes.label'));
    marked('/sr-cyrl/issues/2/serbia-capacity-building/', t('doc.label', { format: ' (PDF)' }));
    marked('/sr-cyrl/issues/10/ccpcj-2018/', t('figure.missing'));
  });

  it('says where the printed letter showed a photograph the archive does not have, and keeps its caption', () => {
    for (const { code, path } of LOCALES) {
      const html = page(`/${path}/issues/10/ccpcj-2018/`);
      const photos = html.match(/<figure class="figure missing-photo">[\s\S]*?<\/figure>/g) ?? [];
      expect(photos, code).toHaveLength(3);
      expect(photos[0], code).toContain(useTranslations(code)('figure.missing'));
      expect(photos[0], code).toMatch(/<figcaption>[\s\S]*Mr Jean-Louis Falconi, France’s permanent representative at the UN in Vienna/);
    }
  });

  it('shows the captions of N° 12\'s photographs, as the printed letter gives them, in every language', () => {
    const captions: Record<string, { en: string; fr: string; 'sr-cyrl': string }[]> = {
      'programme-2019': [{ en: 'Caroline Charpentier, magistrate, Regional Expert', fr: 'Caroline Charpentier, magistrate, experte régionale', 'sr-cyrl': 'регионална експерткиња' }],
      'sociological-approach': [{ en: 'Mr. Olivier Peyroux, sociologist', fr: 'M.\u00A0Olivier Peyroux, sociologue', 'sr-cyrl': 'социолог' }],
      'miprof-projects': [{ en: 'Ms Elisabeth Moiron-Braud, Secretary General of MIPROF', fr: 'Mme\u00A0Elisabeth Moiron-Braud, secrétaire générale de la MIPROF', 'sr-cyrl': 'генерална секретарка MIPROF-а' }],
      'cest-seminar-sarajevo': [
        { en: 'Ambassador Mr Guillaume Rousson and Mr Arben Murtezic, Director of CEST', fr: 'L’ambassadeur Guillaume Rousson et M.\u00A0Arben Murtezic', 'sr-cyrl': 'директор CEST-а' },
        { en: 'Representative from Zemlja Djece and Ms Caroline Charpentier', fr: 'Représentant de l’association Zemlja Djece', 'sr-cyrl': 'Представник организације „Земља дјеце“' },
      ],
    };
    for (const [slug, expected] of Object.entries(captions)) {
      for (const path of ['en', 'fr', 'sr-cyrl'] as const) {
        const photos = page(`/${path}/issues/12/${slug}/`).match(/<figcaption>[\s\S]*?<\/figcaption>/g) ?? [];
        expect(photos.map((caption) => caption.replace(/<[^>]+>/g, '')), `${path} ${slug}`).toEqual(expected.map((caption) => expect.stringContaining(caption[path])));
      }
    }
  });

  it('marks an issue-specific role left in English as English inside a translated contact card', () => {
    // N° 5 is not translated into Serbian; its contact's own card is.
    const card = page('/sr-cyrl/issues/5/').match(/<article class="contact-card">[\s\S]*?<\/article>/)?.[0] ?? '';
    expect(card).toContain('<p class="contact-role" lang="en">Special advisor on the “fight against trafficking in human beings and related crimes”</p>');
    expect(card).toMatch(/<p class="contact-office">Стална мисија Француске/);
    // Translated, the same role is in the page's language.
    expect(page('/fr/issues/5/')).toContain('<p class="contact-role">Conseillère spéciale pour la «\u202Flutte contre la traite');
  });
});

describe('how much of an issue is in the reader\'s language', () => {
  /** Each issue card of a home page: its number and what it says of its language, if anything. */
  const cards = (path: string) =>
    [...page(path).matchAll(/<li class="issue-card">([\s\S]*?)<\/ul>/g)].map(([, card]) => [
      card!.match(/issue-card-number">([^<]*)/)?.[1],
      card!.match(/issue-card-language">([^<]*)/)?.[1] ?? 'complete',
    ]);

  it('says on the home page which issues are partly translated or only in English', () => {
    expect(cards('/en/').map(([, language]) => language)).toEqual(['complete', 'complete', 'complete', 'complete', 'complete']);
    // N° 12 is translated whole; the other French issues have their title, summary and editorial translated, not their other pieces.
    const number = (n: number) => useTranslations('fr')('issue.number', { number: n });
    expect(cards('/fr/')).toEqual([[number(12), 'complete'], ...[10, 5, 2, 1].map((n) => [number(n), 'Traduction partielle'])]);
    // In Serbian, N° 1 and 2 have their title and summary translated; N° 5 and 10 nothing.
    const serbian = useTranslations('sr-Cyrl');
    expect(cards('/sr-cyrl/')).toEqual([
      ['Бр. 12', 'complete'],
      ...[10, 5].map((n) => [`Бр. ${n}`, serbian('issue.language.none')]),
      ...[2, 1].map((n) => [`Бр. ${n}`, serbian('issue.language.partial')]),
    ]);
  });

  it('says on a partly translated issue that only what is not translated is in English', () => {
    const t = useTranslations('fr');
    const partly = page('/fr/issues/10/');
    expect(partly).toContain(t('fallback.partial-issue', { language: 'Français' }));
    expect(partly).not.toContain(t('fallback.issue', { language: 'Français' }));
    const untranslated = page('/sr-cyrl/issues/10/');
    expect(untranslated).toContain(useTranslations('sr-Cyrl')('fallback.issue', { language: 'Српски (ћирилица)' }));
  });

  it('says once, on an issue not translated at all, that its texts are in English; a partly translated one marks each piece left in English', () => {
    const count = (html: string, text: string) => html.split(text).length - 1;
    // N° 10 in Serbian: nothing translated, its agenda included; in French, its editorial only.
    const serbian = page('/sr-cyrl/issues/10/');
    expect(count(serbian, 'class="fallback-notice"')).toBe(1);
    expect(serbian).toContain(useTranslations('sr-Cyrl')('fallback.issue', { language: 'Српски (ћирилица)' }));
    const french = page('/fr/issues/10/');
    const pieces = count(french, '<article class="piece piece-embedded"');
    expect(count(french, useTranslations('fr')('fallback.piece', { language: 'Français' }))).toBe(pieces - 1);
  });

  it('says on the agenda that the events of untranslated issues are in English, whose dates are still in the reader\'s language', () => {
    const fr = page('/fr/agenda/');
    expect(fr).toContain(useTranslations('fr')('fallback.agenda', { language: 'Français' }));
    // N° 10's agenda is not translated: its events are English, their dates French.
    const event = fr.match(/<li class="agenda-event" id="event-10-[^"]*" lang="en">[\s\S]*?<\/li>/)?.[0] ?? '';
    expect(event).toMatch(/<span lang="fr"><time datetime="2018-[^"]*">[^<]*\u00A0(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 2018<\/time>/);
    expect(page('/en/agenda/')).not.toContain('fallback-notice');
  });

  it('says above an issue\'s agenda and contacts, where the page and its PDF reach them, that those not yet translated are in English', () => {
    const notice = (html: string, section: string) =>
      html.match(new RegExp(`<section class="issue-${section}"[\\s\\S]*?</h2>\\s*(<p class="fallback-notice"[^>]*>[^<]*</p>)?`))?.[1];
    const sections = (html: string) => ({ agenda: notice(html, 'agenda'), contacts: notice(html, 'contacts') });
    const fr = useTranslations('fr');
    // N° 5's agenda is not translated into French; N° 12's is, and so are its contacts' details.
    expect(sections(page('/fr/issues/5/')).agenda).toContain(fr('fallback.agenda', { language: 'Français' }));
    expect(sections(page('/fr/issues/12/'))).toEqual({ agenda: undefined, contacts: undefined });
    expect(sections(page('/sr-cyrl/issues/12/')).contacts).toBeUndefined();
    // The fixture's N° 2 has its own texts in French, not its contact's.
    expect(sections(builtPage('/fr/issues/2/')).contacts).toContain(fr('fallback.contacts', { language: 'Français' }));
    expect(page('/en/issues/5/')).not.toContain('fallback-notice');
  });

  it('says on the contacts page that details not yet translated are in English', () => {
    // The fixture's contacts have no translation.
    const french = builtPage('/fr/contacts/');
    expect(french).toContain(useTranslations('fr')('fallback.contacts', { language: 'Français' }));
    // The notice stands for the cards below it that hold English.
    expect(french).toMatch(/<p class="contact-(role|office)" lang="en">/);
    expect(page('/en/contacts/')).not.toContain('fallback-notice');
    // The archive's contacts are all translated into Serbian: no notice, no English.
    expect(page('/sr-cyrl/contacts/')).not.toContain('fallback-notice');
    expect(page('/sr-latn/contacts/')).not.toMatch(/<p class="contact-(role|office)" lang="en">/);
  });
});
