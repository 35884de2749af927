import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic } from '../../src/i18n/transliterate.ts';
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
