import type { Translate } from '../i18n/translate.ts';
import type { Piece } from './archive.ts';
import type { LocalizedPiece } from './localize.ts';

/** The rubric of a piece's kind: "Editorial", "Focus on…", "Three questions to…". */
export function pieceRubric(piece: Piece<unknown>, t: Translate): string {
  return piece.type === 'editorial' ? t('kind.editorial') : t(`kind.${piece.data.kind}`);
}

// One collator for every page: localeCompare with options builds a new one at each call.
const sameLetters = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The rubric printed above a piece's title; none when the title already says it (an editorial titled "Editorial"). */
export function rubricAboveTitle({ piece, title }: LocalizedPiece<unknown>, t: Translate): string | undefined {
  const rubric = pieceRubric(piece, t);
  return sameLetters.compare(rubric, title) === 0 ? undefined : rubric;
}
