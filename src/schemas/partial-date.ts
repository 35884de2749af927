import { z } from 'astro/zod';
import { expected } from './common.ts';
import { insideTypographicQuotes } from '../lib/typographic-quotes.ts';

/** A date known to the year, the month or the day: the archive never invents a precision the source lacks. */
export interface PartialDate {
  /** "2019", "2019-04" or "2019-04-12": sorts correctly as a string. */
  iso: string;
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A day written day first, as the region writes it: 14/10/2029, 14.10.2029 or 14-10-2029. */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date: PartialDate = { iso: text, year: Number(y) };
  if (m !== undefined) {
    date.month = Number(m);
    if (date.month < 1 || date.month > 12) return undefined;
  }
  if (d !== undefined) {
    date.day = Number(d);
    const daysInMonth = new Date(Date.UTC(date.year, date.month!, 0)).getUTCDate();
    if (date.day < 1 || date.day > daysInMonth) return undefined;
  }
  return date;
}

/** A day as the fields write it, "YYYY-MM-DD" (in UTC, as the build's days are). */
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** YAML parsers turn unquoted 2019-04-12 into a Date and 2019 into a number: accept both, keep the written precision. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number') return String(value);
  return value;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A date written in words, "July 2019" or "12 July 2019" (a month's name or its first three letters). */
const IN_WORDS = /^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/i;
/** A month or a day written without its leading zero: 2019-7, 2019-7-3. */
const UNPADDED = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/** The date an editor meant by `text` written another way, in the form the fields take, with how it differs; if it is one. */
function meantDate(text: string): { iso: string; how: string } | undefined {
  const inForm = (year: string, month?: string, day?: string) =>
    [year, month, day].filter((part) => part !== undefined).map((part, index) => (index === 0 ? part : part.padStart(2, '0'))).join('-');
  const dayFirst = DAY_FIRST.exec(text);
  const inWords = IN_WORDS.exec(text);
  const month = inWords && MONTHS.findIndex((name) => name === inWords[2]!.toLowerCase() || name.slice(0, 3) === inWords[2]!.toLowerCase()) + 1;
  const unpadded = UNPADDED.exec(text);
  const meant = dayFirst
    ? { iso: inForm(dayFirst[3]!, dayFirst[2], dayFirst[1]), how: 'year first' }
    : inWords && month
      ? { iso: inForm(inWords[3]!, String(month), inWords[1]), how: 'in figures, year first' }
      : unpadded
        ? { iso: inForm(unpadded[1]!, unpadded[2], unpadded[3]), how: 'with two figures for the month and the day' }
        : undefined;
  return meant && parsePartialDate(meant.iso) ? meant : undefined;
}

/**
 * A date written in `form` (e.g. `a day written "YYYY-MM-DD" (in quotes)`), which `precise` accepts (a partial date
 * of the precision the field needs); a date written otherwise is answered with `example`, or with itself in that form.
 */
function writtenDate(form: string, example: string, precise: (date: PartialDate) => boolean) {
  const hint = `${form}, e.g. "${example}"`;
  return z.preprocess(
    normalise,
    z
      .string({ error: expected(hint) })
      .refine((text) => {
        const date = parsePartialDate(text);
        return date !== undefined && precise(date);
      }, {
        error: (issue) => {
          const text = String(issue.input);
          if (PATTERN.test(text) && parsePartialDate(text) === undefined) return `"${text}" is not a date of the calendar: check the month (01 to 12) and the day`;
          const inTypographicQuotes = insideTypographicQuotes(text);
          if (inTypographicQuotes !== undefined && PATTERN.test(inTypographicQuotes)) return `expected the date in straight quotes, "${inTypographicQuotes}", not typographic ones (${text})`;
          // A range written in one field: an agenda event has its last day in a field of its own.
          const dates = text.match(/\d{4}-\d{2}(?:-\d{2})?/g) ?? [];
          if (dates.length === 2) return `one date per field: for an event over several days, write its first day here, "${dates[0]}", and its last in end: "${dates[1]}"`;
          const meant = meantDate(text);
          // Only a date that differs from what is written and has the precision the field needs is one to suggest.
          const suggested = meant && meant.iso !== text && precise(parsePartialDate(meant.iso)!) ? meant : undefined;
          return suggested ? `expected ${form}, ${suggested.how}: "${suggested.iso}"` : `expected ${hint}`;
        },
      })
      .transform((text) => parsePartialDate(text)!),
  );
}

export const partialDate = writtenDate('a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)', '2019-04', () => true);

/** A day, for what happens on one (an issue going live): a year or a month is not enough. */
export const fullDate = writtenDate('a day written "YYYY-MM-DD" (in quotes)', '2026-05-04', (date) => date.day !== undefined);

/** The first day a partial date can mean, for comparisons with a full date. */
export function startOf(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The last day a partial date can mean. */
export function endOf(date: PartialDate): Date {
  if (date.day !== undefined) return startOf(date);
  if (date.month !== undefined) return new Date(Date.UTC(date.year, date.month, 0));
  return new Date(Date.UTC(date.year, 11, 31));
}
