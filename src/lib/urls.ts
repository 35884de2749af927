import type { Locale } from '../i18n/locales.ts';

/** Every public address of the site is built here, so that the URL scheme, which readers and other sites rely on, lives in one place. */
export const urls = {
  home: (locale: Locale) => `/${locale.path}/`,
  issue: (locale: Locale, number: number) => `/${locale.path}/issues/${number}/`,
  /** The issue exported as a PDF in one language, beside its page. */
  issuePdf: (locale: Locale, number: number) => `/${locale.path}/issues/${number}/quarterly-letter-${number}-${locale.path}.pdf`,
  piece: (locale: Locale, number: number, slug: string) => `/${locale.path}/issues/${number}/${slug}/`,
  agenda: (locale: Locale) => `/${locale.path}/agenda/`,
  contacts: (locale: Locale) => `/${locale.path}/contacts/`,
  translations: (locale: Locale) => `/${locale.path}/translations/`,
  feed: (locale: Locale) => `/${locale.path}/rss.xml`,
  /** The images shown when a page is shared: one per issue and locale, one per locale for the other pages. */
  issueShareImage: (locale: Locale, number: number) => `/${locale.path}/issues/${number}/share.png`,
  shareImage: (locale: Locale) => `/${locale.path}/share.png`,
  sitemap: () => '/sitemap-index.xml',
  search: (locale: Locale) => `/${locale.path}/search/`,
  /** Pagefind's Component UI, its styles and its index, written by the build's search step. */
  searchInterface: { script: '/pagefind/pagefind-component-ui.js', styles: '/pagefind/pagefind-component-ui.css' },
};
