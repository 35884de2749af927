import { localeByPath, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';

/** The locale of the page being rendered, read from its [locale] route parameter. */
export function localeOf(astro: { params: Record<string, string | undefined> }): Locale {
  const path = astro.params['locale'];
  return path ? localeByPath(path) : SOURCE_LOCALE;
}
