import { describe, expect, it } from 'vitest';
import { partialDate } from '../../src/schemas/partial-date.ts';
import { formatPartialDate, formatPartialDateRange } from '../../src/i18n/dates.ts';
import { cyrillicToLatin } from '../../src/i18n/transliterate.ts';

describe('dates at the precision the source gives', () => {
  it('keeps a year, a month or a day, whether YAML gave a string, a number or a Date', () => {
    expect(partialDate.parse('2014')).toEqual({ iso: '2014', year: 2014 });
    expect(partialDate.parse(2014)).toEqual({ iso: '2014', year: 2014 });
    expect(partialDate.parse('2019-04')).toEqual({ iso: '2019-04', year: 2019, month: 4 });
    expect(partialDate.parse(new Date(Date.UTC(2018, 4, 31)))).toEqual({ iso: '2018-05-31', year: 2018, month: 5, day: 31 });
  });

  it('rejects what is not a date, with the expected form in the message', () => {
    for (const wrong of ['April 2019', '19-04-2019', '']) {
      const result = partialDate.safeParse(wrong);
      expect(result.success, wrong).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/"YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
    }
    for (const wrong of ['2019-13', '2019-02-30', '2026-11-31']) {
      expect(partialDate.safeParse(wrong).error?.issues[0]?.message).toBe(`"${wrong}" is not a date of the calendar: check the month (01 to 12) and the day`);
    }
  });

  it('prints only what is known', () => {
    expect(formatPartialDate(partialDate.parse('2014'), 'en')).toBe('2014');
    expect(formatPartialDate(partialDate.parse('2019-04'), 'en')).toBe('April 2019');
    expect(formatPartialDate(partialDate.parse('2018-05-31'), 'en')).toBe('31 May 2018');
    expect(formatPartialDateRange(partialDate.parse('2018-05-31'), partialDate.parse('2018-06-01'), 'en')).toMatch(/^31 May\s–\s1 June 2018$/);
  });

  it('writes the days as French and Serbian typography want them', () => {
    const [april8, april9, may31, june1] = ['2019-04-08', '2019-04-09', '2018-05-31', '2018-06-01'].map((iso) => partialDate.parse(iso));
    // French keeps the day with its month (a no-break space), as its prose does.
    expect(formatPartialDate(june1!, 'fr')).toBe('1er\u00A0juin 2018');
    expect(formatPartialDateRange(may31!, june1!, 'fr')).toMatch(/^31\u00A0mai\s–\s1er\u00A0juin 2018$/);
    expect(formatPartialDate(partialDate.parse('2019-04-01'), 'fr')).toBe('1er\u00A0avril 2019');
    expect(formatPartialDateRange(april8!, april9!, 'fr')).toBe('8–9\u00A0avril 2019');
    // No zero before the day: "08.–09. април" is what the ICU range pattern gives for Serbian.
    expect(formatPartialDateRange(april8!, april9!, 'sr-Cyrl')).toBe('8.–9. април 2019.');
    expect(formatPartialDateRange(may31!, june1!, 'sr-Latn')).toMatch(/^31\. maj\s–\s1\. jun 2018\.$/);
    // The two scripts write the same date, letter for letter.
    expect(formatPartialDateRange(may31!, june1!, 'sr-Latn')).toBe(cyrillicToLatin(formatPartialDateRange(may31!, june1!, 'sr-Cyrl')));
  });
});
