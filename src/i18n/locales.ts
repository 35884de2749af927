/**
 * The site's languages. `code` is the BCP 47 tag (lang, hreflang); `path` is its lower-case URL segment;
 * `intl` is the tag used for dates and numbers (the letter writes British English: "31 May 2018").
 */
export const LOCALES = [
  { code: 'en', path: 'en', intl: 'en-GB', name: 'English' },
  { code: 'fr', path: 'fr', intl: 'fr', name: 'Français' },
  { code: 'sr-Latn', path: 'sr-latn', intl: 'sr-Latn', name: 'Srpski (latinica)' },
  { code: 'sr-Cyrl', path: 'sr-cyrl', intl: 'sr-Cyrl', name: 'Српски (ћирилица)' },
] as const;

export type Locale = (typeof LOCALES)[number];
export type LocaleCode = Locale['code'];
export type LocalePath = Locale['path'];

/** English is the source language: every entry exists in it, translations are optional. */
export const SOURCE_LOCALE: Locale = LOCALES[0];

export function localeByPath(path: string): Locale {
  const locale = LOCALES.find((l) => l.path === path);
  if (!locale) throw new Error(`Unknown locale path "${path}"; expected one of ${LOCALES.map((l) => l.path).join(', ')}`);
  return locale;
}

/** The tag that formats dates and numbers for a locale. */
export const intlTag = (code: LocaleCode) => LOCALES.find((l) => l.code === code)!.intl;

/** getStaticPaths entries for the [locale] segment. */
export const localeParams = () => LOCALES.map((locale) => ({ params: { locale: locale.path }, props: { locale } }));
