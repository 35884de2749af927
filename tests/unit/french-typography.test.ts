import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/i18n/french-typography.ts';
import { adaptPieceHtml } from '../../src/lib/piece-fragment.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('French spacing', () => {
  it('puts a narrow no-break space before ; ! ? and inside guillemets, a no-break space before the colon', () => {
    expect(frenchSpacing('Pourquoi ? Parce que ! Ainsi ; enfin : « oui »')).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}! Ainsi${NNBSP}; enfin${NBSP}: «${NNBSP}oui${NNBSP}»`,
    );
    expect(frenchSpacing('Quoi?! «Non»')).toBe(`Quoi${NNBSP}?! «${NNBSP}Non${NNBSP}»`);
  });

  it('is idempotent', () => {
    const once = frenchSpacing('Vraiment ? « Oui » : non !');
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
      frenchSpacing,
    );
    expect(html).toBe(`<p title="Quoi${NNBSP}?">Quoi${NNBSP}? <code>a ? b : c</code> <a href="https://x.org/?q=1">lien${NNBSP}!</a> <a href="https://x.org/">voir</a>${NNBSP}! <em>ceci</em>${NBSP}: fin</p>`);
  });
});
