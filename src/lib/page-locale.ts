import { localeByPath, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';

/** The locale of the page being rendered, read from its [locale] route parameter. */
export function localeOf(astro: { params: Record<string, string | undefined> }): Locale {
  const path = astro.params['locale'];
  return path ? localeByPath(path) : SOURCE_LOCALE;
}

export interface PageI18n {
  locale: Locale;
  t: Translate;
  /** The lang attribute a text needs on this page: none when it is in the page's language (else an English fallback). */
  langOf: (text: { lang: string }) => string | undefined;
}

/** The page's locale, its interface text, and how to mark text in another language: what almost every component needs first. */
export function pageI18n(astro: { params: Record<string, string | undefined> }): PageI18n {
  const locale = localeOf(astro);
  return { locale, t: useTranslations(locale.code), langOf: (text) => (text.lang === locale.code ? undefined : text.lang) };
}
