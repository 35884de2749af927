import { localeByPath, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';

/** The locale of the page being rendered, read from its [locale] route parameter. */
export function localeOf(astro: { params: Record<string, string | undefined> }): Locale {
  const path = astro.params['locale'];
  return path ? localeByPath(path) : SOURCE_LOCALE;
}

/** The page's locale and its interface text: what almost every component needs first. */
export function pageI18n(astro: { params: Record<string, string | undefined> }): { locale: Locale; t: Translate } {
  const locale = localeOf(astro);
  return { locale, t: useTranslations(locale.code) };
}
