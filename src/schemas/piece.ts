import { countryCode, entryObject, people, text, oneOf, wordList } from './common.ts';

/** The letter's rubrics; `editorial` is not among them: editorials are their own collection. */
export const PIECE_KINDS = ['focus', 'return-to', 'word-from', 'three-questions', 'interview', 'overview', 'report'] as const;

/** A fixed list, so that search can filter on themes in every language. */
const THEMES = [
  'child-trafficking', 'sexual-exploitation', 'labour-exploitation', 'forced-begging', 'forced-criminality',
  'forced-marriage', 'migration', 'victim-protection', 'prosecution', 'prevention', 'training', 'cooperation',
  'multilateralism', 'research', 'financial-investigation', 'online-exploitation', 'funding',
] as const;

export const pieceSchema = entryObject({
  title: text,
  kind: oneOf(PIECE_KINDS),
  standfirst: text.optional(),
  countries: wordList(countryCode, '[RS, BA]').default([]),
  themes: wordList(oneOf(THEMES), '[training, prevention]').default([]),
  people: people.default([]),
});

export const editorialSchema = entryObject({
  title: text,
  // An unsigned opening word exists in the archive (N° 10): authors are printed only when the letter names them.
  authors: people.default([]),
});
