import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/i18n/french-typography.ts';
import { adaptPieceHtml } from '../../src/lib/piece-fragment.ts';
import { rehypeProseText } from '../../src/plugins/rehype-prose-text.ts';
import { proseTreatment } from '../../src/lib/localize.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('French spacing', () => {
  it('puts a narrow no-break space before ; ! ? and inside guillemets, a no-break space before the colon', () => {
    expect(frenchSpacing('Pourquoi ? Parce que ! Ainsi ; enfin : « oui »')).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}! Ainsi${NNBSP}; enfin${NBSP}: «${NNBSP}oui${NNBSP}»`,
    );
    expect(frenchSpacing('Quoi?! «Non»')).toBe(`Quoi${NNBSP}?! «${NNBSP}Non${NNBSP}»`);
  });

  it('keeps a title or abbreviation with what follows, and a number with its month or unit, on one line', () => {
    expect(frenchSpacing('avec un éditorial de M. Laurent Bili et de Mme Caroline Charpentier')).toBe(`avec un éditorial de M.${NBSP}Laurent Bili et de Mme${NBSP}Caroline Charpentier`);
    expect(frenchSpacing('le n° 12, p. 56-60 ; N° {number}')).toBe(`le n°${NBSP}12, p.${NBSP}56-60${NNBSP}; N°${NBSP}{number}`);
    expect(frenchSpacing('le 27 mai, du 31 mai au 1er juin, 32 milliards de dollars, 150 000 euros, 51 %')).toBe(
      `le 27${NBSP}mai, du 31${NBSP}mai au 1er${NBSP}juin, 32${NBSP}milliards de dollars, 150 000${NBSP}euros, 51${NBSP}%`,
    );
    // A number before any other word, or a word that only begins like a month, keeps its ordinary space.
    expect(frenchSpacing('en 2018 la France, 10 maisons, M. le ministre')).toBe('en 2018 la France, 10 maisons, M. le ministre');
  });

  it('is idempotent', () => {
    const once = frenchSpacing('Vraiment ? « Oui » : non ! M. Bili, le 1er juin, n° 12');
    expect(frenchSpacing(once)).toBe(once);
  });

  it('never touches URLs, e-mail addresses or times', () => {
    expect(frenchSpacing('Voir https://www.unodc.org/a?b=c ou écrire à a.b@diplomatie.gouv.fr ; à 10:30')).toBe(
      `Voir https://www.unodc.org/a?b=c ou écrire à a.b@diplomatie.gouv.fr${NNBSP}; à 10:30`,
    );
  });

  it('spaces the prose of a rendered piece and its tooltips, after a link too, never its code or addresses', () => {
    const html = adaptPieceHtml(
      '<p title="Quoi ?">Quoi ? <code>a ? b : c</code> <a href="https://x.org/?q=1">lien !</a> <a href="https://x.org/">voir</a> ! <em>ceci</em> : fin</p>',
      { localePath: 'fr', pageLang: 'fr', headingShift: 0, footnoteLabel: 'Notes', footnoteBackLabel: (n) => `Retour ${n}` },
      rehypeProseText(frenchSpacing),
    );
    expect(html).toBe(`<p title="Quoi${NNBSP}?">Quoi${NNBSP}? <code>a ? b : c</code> <a href="https://x.org/?q=1">lien${NNBSP}!</a> <a href="https://x.org/">voir</a>${NNBSP}! <em>ceci</em>${NBSP}: fin</p>`);
  });

  it('sets the letters of French ordinals in superscript in a French piece, never in a word, an address, code or an English text', () => {
    const html = '<p>Le 1er juin, la 27e session, la 1re fois, les 2es et 3es places, le 2nd ; 27ème, A2e, v1.2e, <a href="https://x.org/2e">x.org/2e</a> <code>1er</code></p>';
    const options = { localePath: 'fr', pageLang: 'fr', headingShift: 0, footnoteLabel: 'Notes', footnoteBackLabel: (n: string) => `Retour ${n}` } as const;
    expect(adaptPieceHtml(html, options, proseTreatment({ lang: 'fr', fallback: false }))).toBe(
      `<p>Le 1<sup>er</sup>${NBSP}juin, la 27<sup>e</sup> session, la 1<sup>re</sup> fois, les 2<sup>es</sup> et 3<sup>es</sup> places, le 2<sup>nd</sup>${NNBSP}; 27ème, A2e, v1.2e, <a href="https://x.org/2e">x.org/2e</a> <code>1er</code></p>`,
    );
    // An English fallback on a French page is English: its "1er" (if any) is not a French ordinal.
    expect(adaptPieceHtml('<p>the 1er and 2e</p>', options, proseTreatment({ lang: 'en', fallback: true }))).toBe('<p>the 1er and 2e</p>');
  });
});
