import { describe, expect, it } from 'vitest';
import { localeByPath } from '../../src/i18n/locales.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { feedItems } from '../../src/lib/feed.ts';
import { localizeIssue } from '../../src/lib/localize.ts';
import { indexTranslations } from '../../src/lib/translations.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';
import { archive } from '../support/archive-input.ts';

/** The English feed's items for issue 12 dated `date`. */
function itemsDated(date: string) {
  const input = archive();
  input.issues[0]!.data.date = partialDate.parse(date);
  const [issue] = assembleArchive(input).issues;
  const none = { issueTranslations: [], pieceTranslations: [], agendaTranslations: [], contactTranslations: [] };
  const en = localeByPath('en');
  return feedItems(en, [localizeIssue(issue!, indexTranslations(input, none), en, () => false)]);
}

describe('the dates of a feed', () => {
  it('give an issue dated to the day, and its pieces, that day', () => {
    const items = itemsDated('2019-04-15');
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(new Date(item.pubDate!).toISOString()).toBe('2019-04-15T00:00:00.000Z');
      expect(item.customData ?? '').not.toContain('dc:date');
    }
  });

  it('give an issue dated to the month or the year that date as Dublin Core writes it, never an invented first day', () => {
    for (const date of ['2019-04', '2019']) {
      for (const item of itemsDated(date)) {
        expect(item.pubDate).toBeUndefined();
        expect(item.customData).toBe(`<dc:date>${date}</dc:date>`);
      }
    }
  });
});
