import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localizedIssues, type SiteLocalizedPiece } from './load-archive.ts';
import { issueTranslation } from './localize.ts';
import { pageCacheKey } from './page-cache-key.ts';

/**
 * What a piece's rendering reads beyond the content's data (see pageCacheKey): the body it shows, the English one
 * whose headings give a translation's ids, and whether its translation is outdated. The English file's changes
 * reach the key already (its body here, its front matter in contentDigest); the state also rests on whether the
 * project's history holds the version the translation records (translation-status.ts), which content/ does not show.
 */
const renderedOf = (piece: SiteLocalizedPiece) => [piece.entry.body, piece.piece.entry.body, piece.outdated ? 'outdated' : 'current'];

/**
 * Every locale's issues, and for each page (an issue's, `12`, or a piece's, `12/editorial`) the locales whose
 * page shows its text in their language: a page shown in English for want of a translation is not a version
 * of its own (see Base.astro's canonical address and alternates).
 */
async function archiveByLocale() {
  const byLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, issues: await localizedIssues(locale) })));
  const translatedIn = new Map<string, Locale[]>();
  const add = (page: string, locale: Locale) => translatedIn.set(page, [...(translatedIn.get(page) ?? []), locale]);
  for (const { locale, issues } of byLocale) {
    for (const issue of issues) {
      if (issueTranslation(issue) !== 'none') add(String(issue.number), locale);
      for (const piece of issue.pieces) if (!piece.source.fallback) add(`${issue.number}/${piece.slug}`, locale);
    }
  }
  return { byLocale, translatedIn: (page: string) => translatedIn.get(page) ?? [] };
}

/** One issue page per locale and issue; its cache key lets a rebuild take it from the previous build (see pageCacheKey). */
export async function issuePaths() {
  const { byLocale, translatedIn } = await archiveByLocale();
  return byLocale.flatMap(({ locale, issues }) =>
    issues.map((issue) => ({
      params: { locale: locale.path, number: String(issue.number) },
      props: { locale, issue, translatedIn: translatedIn(String(issue.number)) },
      cacheKey: pageCacheKey(issue.pieces.flatMap(renderedOf)),
    })),
  );
}

/** One page per locale and piece, with its neighbours in the issue. */
export async function piecePaths() {
  const { byLocale, translatedIn } = await archiveByLocale();
  return byLocale.flatMap(({ locale, issues }) =>
    issues.flatMap((issue) =>
      issue.pieces.map((piece, index) => ({
        params: { locale: locale.path, number: String(issue.number), slug: piece.slug },
        props: { locale, issue, piece, previous: issue.pieces[index - 1], next: issue.pieces[index + 1], translatedIn: translatedIn(`${issue.number}/${piece.slug}`) },
        cacheKey: pageCacheKey(renderedOf(piece)),
      })),
    ),
  );
}
