import { endOf, startOf } from '../schemas/partial-date.ts';
import type { AgendaEvent } from './archive.ts';

/**
 * Events still to happen on `today`, the build date at midnight UTC (soonest first), and those already
 * over (latest first).
 * An event known only to the month or year counts as upcoming until that period ends.
 */
export function splitAgenda<Event extends AgendaEvent>(events: readonly Event[], today: Date) {
  const lastDay = (event: Event) => endOf(event.end ?? event.date);
  const byStart = (a: Event, b: Event) => startOf(a.date).getTime() - startOf(b.date).getTime() || a.issue - b.issue;
  const upcoming = events.filter((e) => lastDay(e) >= today).sort(byStart);
  const past = events.filter((e) => lastDay(e) < today).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}
