import { describe, expect, it } from 'vitest';
import { textTransform, type TextSource } from '../../src/lib/localize.ts';
import { markupProblem, paragraphRuns, textRuns } from '../../src/lib/plain-text.ts';
import type { Translation } from '../../src/lib/translations.ts';

/** A translation's text as the build converts it for a page. */
const translated = (source: Omit<TextSource, 'fallback' | 'translation'>) =>
  textTransform({ ...source, fallback: false, translation: {} as Translation<unknown, unknown> });

describe('a name kept as written in a translation\'s text field', () => {
  const standfirst = 'Razgovor s Loranom Bilijem (<Foreign>Laurent Bili</Foreign>), ambasadorom';

  it('is not transliterated into the other Serbian script, and its tags are not shown', () => {
    expect(translated({ lang: 'sr-Cyrl', transliteration: 'latin-to-cyrillic' })(standfirst)).toBe('Разговор с Лораном Билијем (Laurent Bili), амбасадором');
  });

  it('loses its tags in the script the translator wrote too', () => {
    expect(translated({ lang: 'sr-Latn' })(standfirst)).toBe('Razgovor s Loranom Bilijem (Laurent Bili), ambasadorom');
  });

  it('leaves French spacing to the text around it', () => {
    expect(translated({ lang: 'fr' })('« <Foreign>Non-punishment</Foreign> » : le principe')).toBe('«\u202FNon-punishment\u202F»\u00A0: le principe');
  });
});

describe('a split digraph marked with &zwnj; in a translation\'s text field', () => {
  // "tonjaža" is not among the words known to split: the mark alone makes it тонјажа, not тоњажа.
  const title = 'Seminar o in&zwnj;jekciji i ton&zwnj;jaži (<Foreign lang="en">Safe Injection</Foreign>)';

  it('is split in the Cyrillic text, and the mark is not shown', () => {
    expect(translated({ lang: 'sr-Cyrl', transliteration: 'latin-to-cyrillic' })(title)).toBe('Семинар о инјекцији и тонјажи (Safe Injection)');
  });

  it('leaves no trace in the Latin text the translator wrote', () => {
    expect(translated({ lang: 'sr-Latn' })(title)).toBe('Seminar o injekciji i tonjaži (Safe Injection)');
    expect(translated({ lang: 'sr-Latn' })('Seminar o in&zwnj;jekciji')).toBe('Seminar o injekciji');
  });

  it('is not refused by the check', () => {
    expect(markupProblem(title, true)).toBeUndefined();
  });
});

describe('a name kept as written, with its language', () => {
  it('is found in either quotes, and the page that shows the field gets it apart, in its language', () => {
    const title = translated({ lang: 'sr-Cyrl' })('Снимање „<Foreign lang=\'en\'>And the world doesn’t care</Foreign>“ и <Foreign lang="fr">Laurent Bili</Foreign>');
    expect(title).toBe('Снимање „And the world doesn’t care“ и Laurent Bili');
    expect(textRuns(title)).toEqual([
      { text: 'Снимање „' },
      { text: 'And the world doesn’t care', foreign: { lang: 'en' } },
      { text: '“ и ' },
      { text: 'Laurent Bili', foreign: { lang: 'fr' } },
    ]);
    expect(textRuns('Без имена')).toEqual([{ text: 'Без имена' }]);
  });

  it('stays in its paragraph when a description is split at blank lines', () => {
    const description = translated({ lang: 'fr' })('Premier.\n\nVoir <Foreign lang="en">People to people</Foreign>.\n\nDernier.');
    expect(paragraphRuns(description)).toEqual([
      [{ text: 'Premier.' }],
      [{ text: 'Voir ' }, { text: 'People to people', foreign: { lang: 'en' } }, { text: '.' }],
      [{ text: 'Dernier.' }],
    ]);
  });

  it('must be a language tag', () => {
    expect(markupProblem('<Foreign lang="fr">Laurent Bili</Foreign>', true)).toBeUndefined();
    expect(markupProblem('<Foreign lang="french">Laurent Bili</Foreign>', true)).toBe('found lang="french": expected the name\'s language as a language tag, e.g. lang="fr"');
    expect(markupProblem('<Foreign lang="fr">Laurent Bili</Foreign>', false)).toMatch(/^found <Foreign lang="fr">: a text field is plain text, shown as typed/);
  });
});
