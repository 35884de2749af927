import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';
import type { Piece } from './archive.ts';
import type { LocalizedPiece } from './localize.ts';

/** The rubric of a piece's kind: "Editorial", "Focus on…", "Three questions to…". */
export function pieceRubric(piece: Piece<unknown>, t: Translate): string {
  return piece.type === 'editorial' ? t('kind.editorial') : t(`kind.${piece.data.kind}`);
}

// One collator for every page: localeCompare with options builds a new one at each call.
const sameLetters = new Intl.Collator(undefined, { sensitivity: 'base' });

const english = useTranslations(SOURCE_LOCALE.code);

/**
 * The rubric printed above a piece's title; none when the title already says it (an editorial titled
 * "Editorial"), in the page's language or, for a title not yet translated, in English ("УВОДНИК" above
 * "Editorial" would say it twice).
 */
export function rubricAboveTitle({ piece, title, source }: LocalizedPiece<unknown>, t: Translate): string | undefined {
  const rubric = pieceRubric(piece, t);
  const titleLanguageRubric = source.fallback ? pieceRubric(piece, english) : rubric;
  return sameLetters.compare(titleLanguageRubric, title) === 0 ? undefined : rubric;
}
