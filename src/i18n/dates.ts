import type { PartialDate } from '../schemas/partial-date.ts';
import { LOCALES, type LocaleCode } from './locales.ts';

const intlTag = (code: LocaleCode) => LOCALES.find((l) => l.code === code)!.intl;
const asDate = (date: PartialDate) => new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));

/** A formatter that prints exactly the parts of the date the source gives. */
function formatterFor(date: PartialDate, locale: LocaleCode): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    date.day !== undefined
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : date.month !== undefined
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone: 'UTC' });
}

/** Formats a date at the precision it is known: "2019", "April 2019", "12 April 2019", per locale. */
export function formatPartialDate(date: PartialDate, locale: LocaleCode): string {
  return formatterFor(date, locale).format(asDate(date));
}

/** A date range, shortened where the locale allows ("31 May – 1 June 2018"). */
export function formatPartialDateRange(start: PartialDate, end: PartialDate | undefined, locale: LocaleCode): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start, locale);
  const samePrecision = (start.day === undefined) === (end.day === undefined) && (start.month === undefined) === (end.month === undefined);
  if (!samePrecision) return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  return formatterFor(start, locale).formatRange(asDate(start), asDate(end));
}
