import { LOCALES } from '../i18n/locales.ts';
import { loadArchive } from './load-archive.ts';

/** One issue page per locale and issue. */
export async function issuePaths() {
  const { issues } = await loadArchive();
  return LOCALES.flatMap((locale) =>
    issues.map((issue) => ({ params: { locale: locale.path, number: String(issue.number) }, props: { locale, issue } })),
  );
}

/** One page per locale and piece, with its neighbours in the issue. */
export async function piecePaths() {
  const { issues } = await loadArchive();
  return LOCALES.flatMap((locale) =>
    issues.flatMap((issue) =>
      issue.pieces.map((piece, index) => ({
        params: { locale: locale.path, number: String(issue.number), slug: piece.slug },
        props: { locale, issue, piece, previous: issue.pieces[index - 1], next: issue.pieces[index + 1] },
      })),
    ),
  );
}
