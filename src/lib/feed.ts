import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { startOf } from '../schemas/partial-date.ts';
import { issueFallbackNotice, type LocalizedIssue, type TextSource } from './localize.ts';
import { pieceRubric } from './piece-rubric.ts';
import { urls } from './urls.ts';

/**
 * A feed's items: each issue (with its summary) followed by its pieces (with their standfirst, else their
 * opening words), in the order of the archive (newest issue first). A date known only to the month or year is dated to its first day.
 * An item in English for want of a translation says so, as its page does, and declares its language
 * (Dublin Core's, as RSS has none per item: the feed must name the namespace, `FEED_NAMESPACES`).
 */
export function feedItems(locale: Locale, issues: LocalizedIssue<unknown>[]): RSSFeedItem[] {
  const t = useTranslations(locale.code);
  const described = (source: TextSource, notice: 'piece' | 'issue' | 'partial-issue', text: string | undefined) =>
    source.fallback
      ? { description: [t(`fallback.${notice}`, { language: locale.name }), text].filter(Boolean).join(' '), customData: `<dc:language>${source.lang}</dc:language>` }
      : text === undefined ? {} : { description: text };
  return issues.flatMap((issue) => {
    const pubDate = startOf(issue.issue.date);
    return [
      {
        title: t('issue.pageTitle', { number: issue.number, title: issue.title }),
        link: urls.issue(locale, issue.number),
        pubDate,
        ...described(issue.source, issueFallbackNotice(issue), issue.summary),
      },
      ...issue.pieces.map((piece) => ({
        title: t('piece.pageTitle', { title: piece.title, number: issue.number }),
        link: urls.piece(locale, issue.number, piece.slug),
        pubDate,
        categories: [pieceRubric(piece.piece, t)],
        ...described(piece.source, 'piece', piece.description),
      })),
    ];
  });
}

export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' };
