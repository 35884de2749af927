import type { RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { startOf } from '../schemas/partial-date.ts';
import { issueFallbackNotice, type LocalizedIssue, type TextSource } from './localize.ts';
import { pieceRubric } from './piece-rubric.ts';
import { urls } from './urls.ts';

/**
 * A feed's items: each issue (with its summary) followed by its pieces (with their standfirst, else their
 * opening words), in the order of the archive (newest issue first). RSS dates only whole days, so a date known
 * only to the month or year is given as Dublin Core's date, which can say "2018-07" or "2014", rather than as
 * an invented first day.
 * An item in English for want of a translation says so, as its page does, and declares its language
 * (Dublin Core's, as RSS has none per item: the feed must name the namespace, `FEED_NAMESPACES`).
 */
export function feedItems(locale: Locale, issues: LocalizedIssue<unknown>[]): RSSFeedItem[] {
  const t = useTranslations(locale.code);
  return issues.flatMap((issue) => {
    const { date } = issue.issue;
    const dating = date.day === undefined ? undefined : startOf(date);
    /** An item with its date, and its text (what is in English for want of a translation says so). */
    const item = (fields: Pick<RSSFeedItem, 'title' | 'link' | 'categories'>, source: TextSource, notice: 'piece' | 'issue' | 'partial-issue' | undefined, text: string | undefined): RSSFeedItem => {
      const description = source.fallback && notice ? [t(`fallback.${notice}`, { language: locale.name }), text].filter(Boolean).join(' ') : text;
      const data = [dating === undefined && `<dc:date>${date.iso}</dc:date>`, source.fallback && `<dc:language>${source.lang}</dc:language>`].filter(Boolean).join('');
      return { ...fields, ...(dating && { pubDate: dating }), ...(description !== undefined && { description }), ...(data && { customData: data }) };
    };
    return [
      item({ title: t('issue.pageTitle', { number: issue.number, title: issue.title }), link: urls.issue(locale, issue.number) }, issue.source, issueFallbackNotice(issue), issue.summary),
      ...issue.pieces.map((piece) =>
        item(
          { title: t('piece.pageTitle', { title: piece.title, number: issue.number }), link: urls.piece(locale, issue.number, piece.slug), categories: [pieceRubric(piece.piece, t)] },
          piece.source,
          'piece',
          piece.description,
        ),
      ),
    ];
  });
}

export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' };
