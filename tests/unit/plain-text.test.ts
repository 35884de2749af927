import { describe, expect, it } from 'vitest';
import { textTransform, type TextSource } from '../../src/lib/localize.ts';
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
