import type { APIRoute } from 'astro';
import { localeParams } from '../../i18n/locales.ts';
import { renderShareImage } from '../../lib/share-image.ts';
import { siteCard } from '../../lib/share-cards.ts';

export const getStaticPaths = localeParams;

/** The image shown when a page that belongs to no issue (home, agenda, contacts) is shared. */
export const GET: APIRoute<ReturnType<typeof localeParams>[number]['props']> = async ({ props: { locale } }) =>
  new Response(new Uint8Array(await renderShareImage(siteCard(locale))), { headers: { 'Content-Type': 'image/png' } });
