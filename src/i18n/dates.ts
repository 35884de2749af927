import { startOf, type PartialDate } from '../schemas/partial-date.ts';
import { intlTag, type LocaleCode } from './locales.ts';
import { frenchSpacing } from './french-typography.ts';
import { cyrillicToLatin } from './transliterate.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter that prints exactly the parts of the date the source gives. Formatters are kept: making
 * one costs far more than formatting, and an archive's pages format thousands of dates.
 */
function formatterFor(date: PartialDate, locale: LocaleCode): Intl.DateTimeFormat {
  const precision = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
  const key = `${locale} ${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : precision === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
    formatter = new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The day as the letter writes it. ICU pads the days of Serbian ranges with a zero ("08.–09. април") and
 * writes the first of the month "1" in French, where French typography wants "1er".
 */
function dayText(value: string, locale: LocaleCode): string {
  const day = String(Number(value));
  return locale === 'fr' && day === '1' ? '1er' : day;
}

/** The date's parts as one text; French keeps a day with its month on one line (10 janvier), as its prose does. */
function joinParts(parts: Intl.DateTimeFormatPart[], locale: LocaleCode): string {
  const text = parts.map((part) => (part.type === 'day' ? dayText(part.value, locale) : part.value)).join('');
  return locale === 'fr' ? frenchSpacing(text) : text;
}

/** Formats a date at the precision it is known: "2019", "April 2019", "12 April 2019", per locale. */
export function formatPartialDate(date: PartialDate, locale: LocaleCode): string {
  return formatPartialDateRange(date, undefined, locale);
}

// Dates already written, by locale and ISO dates: every page of an issue prints its date and its agenda's.
const written = new Map<string, string>();

/** A date range, shortened where the locale allows ("31 May – 1 June 2018"). */
export function formatPartialDateRange(start: PartialDate, end: PartialDate | undefined, locale: LocaleCode): string {
  const key = `${locale} ${start.iso} ${end?.iso ?? ''}`;
  let text = written.get(key);
  if (text === undefined) written.set(key, (text = writeRange(start, end, locale)));
  return text;
}

function writeRange(start: PartialDate, end: PartialDate | undefined, locale: LocaleCode): string {
  // Serbian Latin dates are the Cyrillic ones transliterated, as the rest of the page: ICU spaces some of
  // their ranges differently (thin spaces around the dash in Latin only).
  if (locale === 'sr-Latn') return cyrillicToLatin(formatPartialDateRange(start, end, 'sr-Cyrl'));
  if (!end || end.iso === start.iso) return joinParts(formatterFor(start, locale).formatToParts(startOf(start)), locale);
  const samePrecision = (start.day === undefined) === (end.day === undefined) && (start.month === undefined) === (end.month === undefined);
  if (!samePrecision) return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  return joinParts(formatterFor(start, locale).formatRangeToParts(startOf(start), startOf(end)), locale);
}
