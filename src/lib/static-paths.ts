import { LOCALES } from '../i18n/locales.ts';
import { localizedIssues, type SiteLocalizedPiece } from './load-archive.ts';
import { pageCacheKey } from './page-cache-key.ts';

/** The bodies a piece's rendering reads: the one it shows, and the English one whose headings give a translation's ids. */
const bodiesOf = (piece: SiteLocalizedPiece) => [piece.entry, piece.piece.entry];

/** One issue page per locale and issue; its cache key lets a rebuild take it from the previous build (see pageCacheKey). */
export async function issuePaths() {
  const paths = await Promise.all(
    LOCALES.map(async (locale) =>
      (await localizedIssues(locale)).map((issue) => ({ params: { locale: locale.path, number: String(issue.number) }, props: { locale, issue }, cacheKey: pageCacheKey(issue.pieces.flatMap(bodiesOf)) })),
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
          cacheKey: pageCacheKey(bodiesOf(piece)),
        })),
      ),
    ),
  );
  return paths.flat();
}
