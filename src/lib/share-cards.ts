import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { formatPartialDate } from '../i18n/dates.ts';
import type { LocalizedIssue } from './localize.ts';
import type { ShareCard } from './share-image.ts';
import { urls } from './urls.ts';

/** What an issue's share image says, in the page's language and script. */
export function issueCard(locale: Locale, issue: LocalizedIssue<unknown>): ShareCard {
  const t = useTranslations(locale.code);
  return {
    letterTitle: t('site.title'),
    kind: t('site.kind'),
    number: t('issue.number', { number: issue.number }),
    date: formatPartialDate(issue.issue.date, locale.code),
    title: issue.title,
    publisher: t('site.publisher'),
  };
}

/** The archive's own share image, for pages that belong to no issue. */
export function siteCard(locale: Locale): ShareCard {
  const t = useTranslations(locale.code);
  return { kind: t('site.kind'), title: t('site.title'), publisher: t('site.publisher') };
}

export interface ShareImage {
  src: string;
  /** The card's text, as the image's text alternative. */
  alt: string;
}

const altOf = (card: ShareCard) => [card.kind, card.number, card.date, card.title].filter(Boolean).join(', ');

export const issueShareImage = (locale: Locale, issue: LocalizedIssue<unknown>): ShareImage => ({
  src: urls.issueShareImage(locale, issue.number),
  // Read as one phrase, the number takes its in-text form ("Тромесечни билтен, бр. 12").
  alt: altOf({ ...issueCard(locale, issue), number: useTranslations(locale.code)('issue.numberInText', { number: issue.number }) }),
});

export const siteShareImage = (locale: Locale): ShareImage => ({ src: urls.shareImage(locale), alt: altOf(siteCard(locale)) });
