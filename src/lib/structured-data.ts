import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import type { LocalizedIssue, LocalizedPiece } from './localize.ts';
import { urls } from './urls.ts';

/**
 * schema.org descriptions of the archive's pages for search engines and library catalogues:
 * the letter is a Periodical, each issue a PublicationIssue of it, each piece an Article in an issue.
 */
type Thing = Record<string, unknown>;

interface Context {
  site: URL;
  locale: Locale;
  t: Translate;
}

const absolute = (path: string, site: URL) => new URL(path, site).href;

export function periodical({ site, locale, t }: Context): Thing {
  return {
    '@type': 'Periodical',
    name: t('site.title'),
    alternateName: t('site.kind'),
    description: t('site.description'),
    url: absolute(urls.home(locale), site),
    inLanguage: locale.code,
    publisher: { '@type': 'GovernmentOrganization', name: t('site.publisher') },
  };
}

export function publicationIssue(context: Context, issue: LocalizedIssue<unknown>): Thing {
  const { site, locale } = context;
  return {
    '@type': 'PublicationIssue',
    issueNumber: String(issue.number),
    name: issue.title,
    description: issue.summary,
    datePublished: issue.issue.date.iso,
    inLanguage: issue.source.lang,
    url: absolute(urls.issue(locale, issue.number), site),
    image: absolute(urls.issueShareImage(locale, issue.number), site),
    isPartOf: periodical(context),
    hasPart: issue.pieces.map((piece) => ({
      '@type': 'Article',
      headline: piece.title,
      url: absolute(urls.piece(locale, issue.number, piece.slug), site),
    })),
  };
}

const personOf = (person: { name: string; role?: string | undefined }): Thing => ({ '@type': 'Person', name: person.name, ...(person.role ? { jobTitle: person.role } : {}) });

/** An editorial's signatories and the speaker of "A word from…" write the text; in interviews the people are its subject. */
const speaksAsAuthor = ({ piece }: LocalizedPiece<unknown>) => piece.type === 'editorial' || piece.data.kind === 'word-from';

export function article(context: Context, issue: LocalizedIssue<unknown>, piece: LocalizedPiece<unknown>): Thing {
  const { site, locale } = context;
  return {
    '@type': 'Article',
    headline: piece.title,
    ...(piece.description === undefined ? {} : { description: piece.description }),
    datePublished: issue.issue.date.iso,
    inLanguage: piece.source.lang,
    url: absolute(urls.piece(locale, issue.number, piece.slug), site),
    image: absolute(urls.issueShareImage(locale, issue.number), site),
    ...(piece.people.length === 0 ? {} : { [speaksAsAuthor(piece) ? 'author' : 'mentions']: piece.people.map(personOf) }),
    isPartOf: { ...publicationIssue(context, issue), hasPart: undefined },
  };
}

/** The JSON-LD text of a description, safe inside a <script> element. */
export function jsonLd(thing: Thing): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...thing }).replace(/</g, '\\u003c');
}
