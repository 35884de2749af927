const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 tag of a known language, two or three letters with optional script or region (fr, en, sr-Latn),
 * as browsers, screen readers and the HTML checker read `lang`: Intl alone would take "french" or "xx".
 */
export function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && languageNames.of(tag.split('-')[0]!) !== undefined;
  } catch {
    return false;
  }
}
