import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import { formatPartialDate } from '../i18n/dates.ts';
import { PIECE_KINDS } from '../schemas/piece.ts';
import type { LocalizedIssue } from './localize.ts';
import type { Issue, Piece } from './archive.ts';
import { pieceRubric } from './piece-rubric.ts';

/** The filters of the search page, by their key in the index. */
export const SEARCH_FILTERS = ['issue', 'year', 'kind', 'country'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * What search shows, filters and sorts on for one piece page, in the page's language. Each language has its
 * own index, so values are indexed already translated: the country filter reads "Albanie" on the French site.
 */
export interface SearchFacets {
  filters: Record<SearchFilter, string[]>;
  /** "N° 12": shown in the result. */
  issue: string;
  /** "April 2019": shown in the result. */
  date: string;
  /** The issue's ISO date ("2019-04"): partial ISO dates sort correctly as strings, newest first with "desc". */
  sortDate: string;
  /** The piece's rubric ("Focus on…", "Editorial"). */
  kind: string;
}

export function searchFacets(issue: Issue<unknown>, piece: Piece<unknown>, locale: Locale, t: Translate): SearchFacets {
  const countryNames = new Intl.DisplayNames(locale.intl, { type: 'region' });
  // CLDR's English names write "&" where the official names, and the letter, say "and" (Bosnia and Herzegovina).
  const countryName = (code: string) => {
    const name = countryNames.of(code) ?? code;
    return locale.code === 'en' ? name.replaceAll(' & ', ' and ') : name;
  };
  const countries = piece.type === 'piece' ? piece.data.countries : [];
  const issueLabel = t('issue.number', { number: issue.number });
  const kind = pieceRubric(piece, t);
  return {
    filters: {
      issue: [issueLabel],
      year: [String(issue.date.year)],
      kind: [kind],
      country: countries.map(countryName),
    },
    issue: issueLabel,
    date: formatPartialDate(issue.date, locale.code),
    sortDate: issue.date.iso,
    kind,
  };
}

/** Whether search indexes this piece's page: only when its text is in the page's language, never a fallback. */
export const isSearchable = (piece: { source: { fallback: boolean } }) => !piece.source.fallback;

/**
 * Every value each filter takes over the searchable pieces of a language, in a reader's order: issues and
 * years newest first, kinds in the letter's order of rubrics, countries alphabetically in that language.
 */
export function searchFilterOptions(issues: LocalizedIssue<unknown>[], locale: Locale, t: Translate): Record<SearchFilter, string[]> {
  const values = Object.fromEntries(SEARCH_FILTERS.map((key) => [key, new Set<string>()])) as Record<SearchFilter, Set<string>>;
  // Issues come newest first, so issue and year values are collected in that order.
  for (const issue of issues) {
    for (const piece of issue.pieces.filter(isSearchable)) {
      const { filters } = searchFacets(issue.issue, piece.piece, locale, t);
      for (const key of SEARCH_FILTERS) for (const value of filters[key]) values[key].add(value);
    }
  }
  const kindOrder = [t('kind.editorial'), ...PIECE_KINDS.map((kind) => t(`kind.${kind}`))];
  const collator = new Intl.Collator(locale.intl);
  return {
    issue: [...values.issue],
    year: [...values.year],
    kind: kindOrder.filter((kind) => values.kind.has(kind)),
    country: [...values.country].sort(collator.compare),
  };
}
