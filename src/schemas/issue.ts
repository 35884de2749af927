import { z } from 'astro/zod';
import { fullDate, partialDate, type PartialDate } from './partial-date.ts';
import { altText, entryList, entryObject, expected, onceRead, slug, text, oneOf, wordList } from './common.ts';

export const ISSUE_STATUSES = ['draft', 'scheduled', 'published'] as const;

/** A scheduled issue goes live on a day (publishAt, which the schema takes only to the day): one scheduled with none cannot. */
export const scheduledForNoDay = (issue: { status: string; publishAt?: PartialDate | undefined }) =>
  issue.status === 'scheduled' && issue.publishAt === undefined;

/** `image` is Astro's image() helper in the build, a plain string schema in unit tests. */
export function issueSchema<Image extends z.ZodType>(image: Image) {
  return entryObject({
      number: z.number({ error: expected('the issue number as a whole number, e.g. 12') }).int().positive(),
      date: partialDate,
      title: text,
      summary: text,
      status: oneOf(ISSUE_STATUSES),
      publishAt: fullDate.optional(),
      cover: image.optional(),
      coverAlt: altText.optional(),
      contacts: entryList(entryObject({ contact: slug('contact'), role: text.optional() }), 'one "- contact: …" per contact, on lines of their own under the field').default([]),
      pieces: wordList(slug('piece'), '[french-strategy, interview]').default([]),
    })
    .superRefine(
      (issue, ctx) => {
        if (scheduledForNoDay(issue)) {
          // Said at the status line: the missing field has no line of its own.
          ctx.addIssue({ code: 'custom', path: ['status'], message: 'a scheduled issue needs publishAt, the day it goes live, as "YYYY-MM-DD"' });
        }
        if (issue.status !== 'scheduled' && issue.publishAt !== undefined) {
          // Otherwise an issue meant for a later day would go live at once, or stay a draft, without a word.
          ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'only a scheduled issue goes live on its publishAt: set status: scheduled, or delete publishAt' });
        }
      },
      // A publishAt written wrongly is already reported, with the form it takes.
      onceRead('publishAt'),
    )
    .superRefine((issue, ctx) => {
      if (issue.cover !== undefined && issue.coverAlt === undefined) {
        // Reported at the cover's line, where the missing field goes.
        ctx.addIssue({ code: 'custom', path: ['cover'], message: 'a cover image needs its text alternative: add "coverAlt: …" under it, saying what the picture shows' });
      }
    });
}
