import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * The same page in every locale: every page exists in all of them (untranslated text falls back to
 * English), so the address only changes in its first segment.
 */
export function alternates(pathname: string): { locale: Locale; href: string }[] {
  // The "page not found" route is published as /{locale}/404.html (see integrations/localized-404.ts).
  const rest = pathname.replace(/^\/[^/]+/, '').replace(/^\/404\/$/, '/404.html');
  return LOCALES.map((locale) => ({ locale, href: `/${locale.path}${rest}` }));
}

/** The page for readers whose language the site does not have: the English source. */
export const xDefault = (pathname: string) => alternates(pathname).find((a) => a.locale === SOURCE_LOCALE)!.href;
