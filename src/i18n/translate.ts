import type { LocaleCode } from './locales.ts';
import { en, type UiKey, type UiStrings } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import { srCyrl } from './ui/sr-cyrl.ts';
import { cyrillicToLatin } from './transliterate.ts';
import { frenchSpacing } from './french-typography.ts';

const mapValues = (strings: UiStrings, convert: (text: string) => string) =>
  Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, convert(value)])) as UiStrings;

/** Serbian is written once, in Cyrillic; French gets its spacing from the build like every French text. */
const dictionaries: Record<LocaleCode, UiStrings> = {
  en,
  fr: mapValues(fr, frenchSpacing),
  'sr-Cyrl': srCyrl,
  'sr-Latn': mapValues(srCyrl, cyrillicToLatin),
};

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Interface text for a locale; {placeholders} are filled from `values`. */
export function useTranslations(locale: LocaleCode): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => {
    const text = dictionary[key];
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
  };
}
