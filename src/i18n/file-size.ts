import { intlTag, type LocaleCode } from './locales.ts';

/** A file size as readers of the locale write it: "734 kB", "1.2 MB", "1,2 Mo". */
export function formatFileSize(bytes: number, locale: LocaleCode): string {
  const [value, unit] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
