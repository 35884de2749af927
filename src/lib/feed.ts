import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { startOf } from '../schemas/partial-date.ts';
import type { LocalizedIssue } from './localize.ts';
import { pieceRubric } from './piece-rubric.ts';
import { urls } from './urls.ts';

/**
 * A feed's items: each issue (with its summary) followed by its pieces (with their standfirst), in the
 * order of the archive (newest issue first). A date known only to the month or year is dated to its first day.
 */
export function feedItems(locale: Locale, issues: LocalizedIssue<unknown>[]): RSSFeedItem[] {
  const t = useTranslations(locale.code);
  return issues.flatMap((issue) => {
    const pubDate = startOf(issue.issue.date);
    return [
      {
        title: t('issue.pageTitle', { number: issue.number, title: issue.title }),
        link: urls.issue(locale, issue.number),
        pubDate,
        description: issue.summary,
      },
      ...issue.pieces.map((piece) => ({
        title: piece.title,
        link: urls.piece(locale, issue.number, piece.slug),
        pubDate,
        categories: [pieceRubric(piece.piece, t)],
        ...(piece.standfirst === undefined ? {} : { description: piece.standfirst }),
      })),
    ];
  });
}
