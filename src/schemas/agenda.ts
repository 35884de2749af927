import { z } from 'astro/zod';
import { endOf, partialDate, startOf } from './partial-date.ts';
import { entryObject, slug, text, oneOf } from './common.ts';

export const AGENDA_SECTIONS = ['in-brief', 'to-come'] as const;

export const agendaEventSchema = entryObject({
    id: slug,
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
  });

export const agendaSchema = entryObject({
  events: z.array(agendaEventSchema).default([]),
});
