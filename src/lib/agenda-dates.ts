import { endOf, startOf, type PartialDate } from '../schemas/partial-date.ts';
import type { ContentProblem } from './content-error.ts';

/**
 * The events of an issue's agenda whose date contradicts their section, given the issue's date, most likely
 * a mistyped year: an agenda reports in brief what happened by its issue's date and announces what comes
 * after. Partial dates are compared by the whole span they can mean, so that "2019" never contradicts "2019-04".
 */
export function agendaDateProblems(
  issueDate: PartialDate,
  events: readonly { section: string; date: PartialDate; end?: PartialDate | undefined }[],
  file: string,
): ContentProblem[] {
  return events.flatMap((event, index) => {
    const where = `events[${index}].date`;
    if (event.section === 'in-brief' && startOf(event.date) > endOf(issueDate)) {
      return [{ file, where, message: `"${event.date.iso}" is after the issue's date, "${issueDate.iso}", for an event reported in brief: check the year, or announce it with section: to-come` }];
    }
    if (event.section === 'to-come' && endOf(event.end ?? event.date) < startOf(issueDate)) {
      return [{ file, where, message: `"${event.date.iso}" is over by the issue's date, "${issueDate.iso}", for an event announced: check the year, or report it with section: in-brief` }];
    }
    return [];
  });
}
