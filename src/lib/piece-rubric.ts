import type { Translate } from '../i18n/translate.ts';
import type { Piece } from './archive.ts';

/** The rubric printed above a piece's title: "Editorial", "Focus on…", "Three questions to…". */
export function pieceRubric(piece: Piece<unknown>, t: Translate): string {
  return piece.type === 'editorial' ? t('kind.editorial') : t(`kind.${piece.data.kind}`);
}
