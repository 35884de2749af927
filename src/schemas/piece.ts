import { z } from 'astro/zod';
import { countryCode, entryObject, person, text, oneOf } from './common.ts';

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
  countries: z.array(countryCode).default([]),
  themes: z.array(oneOf(THEMES)).default([]),
  people: z.array(person).default([]),
});

export const editorialSchema = entryObject({
  title: text,
  // An unsigned opening word exists in the archive (N° 10): authors are printed only when the letter names them.
  authors: z.array(person).default([]),
});
