import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeParams } from '../../i18n/locales.ts';
import { FEED_NAMESPACES, feedItems } from '../../lib/feed.ts';
import { localizedIssues } from '../../lib/load-archive.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { urls } from '../../lib/urls.ts';

export const getStaticPaths = localeParams;

/** The archive's feed in one language: every issue, newest first, each followed by its pieces. */
export const GET: APIRoute<ReturnType<typeof localeParams>[number]['props']> = async ({ props: { locale }, site }) => {
  const t = useTranslations(locale.code);
  return rss({
    title: t('site.fullName'),
    description: t('site.description'),
    site: new URL(urls.home(locale), site),
    items: feedItems(locale, await localizedIssues(locale)),
    customData: `<language>${locale.code}</language>`,
    xmlns: FEED_NAMESPACES,
    trailingSlash: true,
  });
};
