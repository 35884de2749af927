import { z } from 'astro/zod';
import { endOf, partialDate, startOf } from './partial-date.ts';
import { entryList, entryObject, onceRead, slug, text, oneOf } from './common.ts';

export const AGENDA_SECTIONS = ['in-brief', 'to-come'] as const;

export const agendaEventSchema = entryObject({
    id: slug('event'),
    section: oneOf(AGENDA_SECTIONS, 'in-brief (reported) or to-come (announced)'),
    date: partialDate,
    end: partialDate.optional(),
    place: text.optional(),
    title: text,
    description: text.optional(),
  })
  .refine((event) => event.end === undefined || endOf(event.end) >= startOf(event.date), {
    path: ['end'],
    error: 'the end of an event must not come before its start date',
    ...onceRead('date', 'end'),
  });

/** The id of each event written twice or more, by the position of each repeat. */
function repeatedIds(events: unknown): Map<number, string> {
  const seen = new Set<string>();
  const repeats = new Map<number, string>();
  (Array.isArray(events) ? events : []).forEach((event: unknown, index) => {
    const id = typeof event === 'object' && event !== null && 'id' in event ? event.id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) repeats.set(index, id);
    seen.add(id);
  });
  return repeats;
}

export const agendaSchema = entryObject({
  // "events:" with nothing under it (as a new issue's agenda has it, its example in comments) is an agenda without events.
  events: z.preprocess((events) => events ?? [], entryList(agendaEventSchema, 'one "- id: …" with its fields per event, under the field'))
    .superRefine(
      (events, ctx) => {
        for (const [index, id] of repeatedIds(events)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate event id "${id}"; each event of an issue needs its own id` });
        }
      },
      // Said with the file's other mistakes, not only once they are fixed.
      { when: () => true },
    ),
});
