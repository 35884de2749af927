import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic } from '../../src/i18n/transliterate.ts';
import { localeByPath } from '../../src/i18n/locales.ts';
import { proseTreatment } from '../../src/lib/localize.ts';
import { adaptPieceHtml } from '../../src/lib/piece-fragment.ts';
import { rehypeProseText } from '../../src/plugins/rehype-prose-text.ts';

describe('Serbian Cyrillic to Latin', () => {
  it('writes digraphs in capitals inside an all-caps word and in title case otherwise', () => {
    expect(cyrillicToLatin('Љубљана')).toBe('Ljubljana');
    expect(cyrillicToLatin('ЉУБЉАНА')).toBe('LJUBLJANA');
    expect(cyrillicToLatin('Његош и Џеп')).toBe('Njegoš i Džep');
    expect(cyrillicToLatin('ЏЕП')).toBe('DŽEP');
    expect(cyrillicToLatin('ђак, ћерка, чаша, шума, жена')).toBe('đak, ćerka, čaša, šuma, žena');
  });

  it('leaves out a split mark copied into Cyrillic text, where it means nothing', () => {
    expect(cyrillicToLatin('ин\u200Cјекција')).toBe('injekcija');
  });
});

describe('Serbian Latin to Cyrillic', () => {
  it('reads nj, lj and dž as one letter, except where they are two', () => {
    expect(latinToCyrillic('Ljubljana i Njegoš')).toBe('Љубљана и Његош');
    expect(latinToCyrillic('LJUBLJANA')).toBe('ЉУБЉАНА');
    expect(latinToCyrillic('injekcija')).toBe('инјекција');
    expect(latinToCyrillic('konjugacija')).toBe('конјугација');
    expect(latinToCyrillic('nadživeti')).toBe('надживети');
    expect(latinToCyrillic('Podžupan')).toBe('Поджупан');
    // Only the stem's own digraph is split: nad|žnjeti keeps its њ.
    expect(latinToCyrillic('nadžnjeti i nadžanje')).toBe('наджњети и наджање');
  });

  it('splits the digraph in the other words of the families known to need it', () => {
    const words = 'injektor injicirati konjektura panjugoslovenski panjevropski panjelinski vanjevropski vanjugoslovenski';
    expect(latinToCyrillic(words)).toBe('инјектор инјицирати конјектура панјугословенски панјевропски панјелински ванјевропски ванјугословенски');
    expect(latinToCyrillic('odživeti, podživeti, podžnjeti, podželudačna žlezda')).toBe('одживети, подживети, поджњети, поджелудачна жлезда');
    expect(latinToCyrillic('Injektiranje i ODŽIVETI')).toBe('Инјектирање и ОДЖИВЕТИ');
  });

  it('keeps the digraph of words that only look like those families', () => {
    expect(latinToCyrillic('konj, konjski, konjica, konjušnica')).toBe('коњ, коњски, коњица, коњушница');
    expect(latinToCyrillic('odžak, hodža, džep, udžbenik')).toBe('оџак, хоџа, џеп, уџбеник');
    expect(latinToCyrillic('panj, panjevi, panjeva, kuhinjica, Vanja, Ivanjica')).toBe('пањ, пањеви, пањева, кухињица, Вања, Ивањица');
    expect(latinToCyrillic('injekcija, ali kupanje')).toBe('инјекција, али купање');
  });

  it('lets the translator mark a split with a zero-width non-joiner, which disappears', () => {
    expect(latinToCyrillic('ton\u200Cjaža')).toBe('тонјажа');
    expect(latinToCyrillic('tonjaža')).toBe('тоњажа');
  });

  it('keeps URLs, e-mail addresses, acronyms, Roman numerals and foreign names', () => {
    expect(latinToCyrillic('Vidi https://www.unodc.org/southeasterneurope/ i piši na caroline-marie.charpentier@diplomatie.gouv.fr')).toBe(
      'Види https://www.unodc.org/southeasterneurope/ и пиши на caroline-marie.charpentier@diplomatie.gouv.fr',
    );
    expect(latinToCyrillic('OSCE, UNODC i MIPROF')).toBe('OSCE, UNODC и MIPROF');
    // Serbian acronyms are Serbian words: Cyrillic text writes them in Cyrillic.
    expect(latinToCyrillic('EU i UN, misija OEBS-a u SAD')).toBe('ЕУ и УН, мисија ОЕБС-а у САД');
    expect(latinToCyrillic('XIV vek i poglavlje IV')).toBe('XIV век и поглавље IV');
    // A lone I or V after a word is a numeral; I opening a sentence is the conjunction, V. an initial.
    expect(latinToCyrillic('Kralj Petar I i Aneks V su ovde. I tako je V. Petrović rekao')).toBe('Краљ Петар I и Анекс V су овде. И тако је В. Петровић рекао');
    // Ending a sentence, the numeral keeps its full stop; an initial is followed by the name it abbreviates.
    expect(latinToCyrillic('Vladao je „Petar I.“ i posle njega, vidi Aneks V.')).toBe('Владао је „Петар I.“ и после њега, види Анекс V.');
    expect(latinToCyrillic('To je rekao Jovan V.\u00A0Petrović.')).toBe('То је рекао Јован В.\u00A0Петровић.');
    expect(latinToCyrillic('Vidi unodc.org/serbia i osce.org, ili www.unodc.org.')).toBe('Види unodc.org/serbia и osce.org, или www.unodc.org.');
    expect(latinToCyrillic('Olivier Peyroux')).toBe('Оливиер Peyroux');
  });
});

describe('a split mark in a piece written in its readers\' script', () => {
  const adapt = (html: string, localePath: 'sr-latn' | 'sr-cyrl') => {
    const { code } = localeByPath(localePath);
    return adaptPieceHtml(html, { localePath, pageLang: code, headingShift: 0, footnoteLabel: '', footnoteBackLabel: (n) => n }, proseTreatment({ lang: code, fallback: false }));
  };

  it('is not left in the text, in either script', () => {
    expect(adapt('<p title="in\u200Cjekcija">Seminar o in\u200Cjekciji</p>', 'sr-latn')).toBe('<p title="injekcija">Seminar o injekciji</p>');
    expect(adapt('<p>Семинар о ин\u200Cјекцији</p>', 'sr-cyrl')).toBe('<p>Семинар о инјекцији</p>');
  });
});

describe('transliterating a rendered piece', () => {
  const adapt = (html: string) =>
    adaptPieceHtml(html, { localePath: 'sr-cyrl', pageLang: 'sr-Cyrl', headingShift: 0, footnoteLabel: 'Напомене', footnoteBackLabel: (n) => `Назад ${n}` }, rehypeProseText(latinToCyrillic));

  it('converts the text and what readers see or hear of attributes; markup, code and names marked as foreign stay as they are', () => {
    const html =
      '<p class="lead" title="Ljubljana">Ljubljana <a href="https://example.org/ljubljana" aria-label="Njegova veza">njegova veza</a> <code>lj.nj</code> <span translate="no">Olivier Peyroux</span> <abbr title="Organizacija">OSCE</abbr> <img src="ljubljana.png" alt="Ljubljana"></p>';
    expect(adapt(html)).toBe(
      '<p class="lead" title="Љубљана">Љубљана <a href="https://example.org/ljubljana" aria-label="Његова веза">његова веза</a> <code>lj.nj</code> <span translate="no">Olivier Peyroux</span> <abbr title="Организација">OSCE</abbr> <img src="ljubljana.png" alt="Љубљана"></p>',
    );
  });
});
