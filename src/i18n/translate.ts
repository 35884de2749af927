import type { LocaleCode } from './locales.ts';
import { en, type UiKey, type UiStrings } from './ui/en.ts';

const dictionaries: Partial<Record<LocaleCode, UiStrings>> = { en };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Interface text for a locale; {placeholders} are filled from `values`. */
export function useTranslations(locale: LocaleCode): Translate {
  const dictionary = dictionaries[locale] ?? en;
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
