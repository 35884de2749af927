import { LOCALES } from '../i18n/locales.ts';
import { localizedIssues } from './load-archive.ts';
import { pageCacheKey } from './page-cache-key.ts';

/** One issue page per locale and issue; its cache key lets a rebuild take it from the previous build (see pageCacheKey). */
export async function issuePaths() {
  const paths = await Promise.all(
    LOCALES.map(async (locale) =>
      (await localizedIssues(locale)).map((issue) => ({ params: { locale: locale.path, number: String(issue.number) }, props: { locale, issue }, cacheKey: pageCacheKey(issue.pieces.map((p) => p.entry)) })),
    ),
  );
  return paths.flat();
}

/** One page per locale and piece, with its neighbours in the issue. */
export async function piecePaths() {
  const paths = await Promise.all(
    LOCALES.map(async (locale) =>
      (await localizedIssues(locale)).flatMap((issue) =>
        issue.pieces.map((piece, index) => ({
          params: { locale: locale.path, number: String(issue.number), slug: piece.slug },
          props: { locale, issue, piece, previous: issue.pieces[index - 1], next: issue.pieces[index + 1] },
          cacheKey: pageCacheKey([piece.entry]),
        })),
      ),
    ),
  );
  return paths.flat();
}
