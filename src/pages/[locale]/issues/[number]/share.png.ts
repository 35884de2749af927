import type { APIRoute } from 'astro';
import { issuePaths } from '../../../../lib/static-paths.ts';
import { renderShareImage } from '../../../../lib/share-image.ts';
import { issueCard } from '../../../../lib/share-cards.ts';

export const getStaticPaths = issuePaths;

/** The image shown when an issue or one of its pieces is shared: the issue's number, date and theme, in the page's language. */
export const GET: APIRoute<Awaited<ReturnType<typeof issuePaths>>[number]['props']> = async ({ props: { locale, issue } }) =>
  new Response(new Uint8Array(await renderShareImage(issueCard(locale, issue))), { headers: { 'Content-Type': 'image/png' } });
