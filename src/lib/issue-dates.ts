import { endOf, isoDay, startOf } from '../schemas/partial-date.ts';
import type { ContentProblem } from './content-error.ts';
import { publicationOf } from './publication.ts';
import type { IssueData, SourceEntry } from './archive.ts';

/** Where an issue's problems are reported: its file, or where it would be for an entry read without one. */
const fileOf = ({ id, filePath }: SourceEntry<IssueData>) => filePath ?? `content/issues/${id}.yaml`;

/**
 * Issues dated before an issue of a lower number, most likely a mistyped year: issues are numbered in the order
 * they appear, and the archive lists them by date, so the mistake would put the issue out of its place. Each
 * is reported against the nearest such lower number. Drafts are left out until they are to be published.
 * Partial dates are compared by the whole span they can mean, so that "2019" never contradicts "2019-04".
 */
export function issueOrderProblems(issues: readonly SourceEntry<IssueData>[]): ContentProblem[] {
  // Drafts: `npm run new-issue` dates one the day it is made.
  const due = issues.filter(({ data }) => data.status !== 'draft').sort((a, b) => a.data.number - b.data.number);
  return due.flatMap((issue, index) => {
    const { date } = issue.data;
    const datedLater = due.slice(0, index).findLast((earlier) => startOf(earlier.data.date) > endOf(date));
    if (!datedLater) return [];
    const { number: later, date: laterDate } = datedLater.data;
    return [{
      file: fileOf(issue),
      where: 'date',
      message: `"${date.iso}" comes before the date of N° ${later}, "${laterDate.iso}", yet issues are numbered in the order they appear: check the year, here or in N° ${later}`,
    }];
  });
}

/** How far past the day an issue goes live its date may begin: an issue is dated by its quarter, at most a little ahead. */
const MOST_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * An issue dated more than a year after the day it goes live: most likely a mistyped year ("2091" for "2019")
 * that the order of the numbers cannot show when the issue is the newest. The site and its feeds would date the
 * issue decades ahead, and list it first for as long. Drafts are left out, as for the order of the dates.
 */
export function farFutureProblems(issues: readonly SourceEntry<IssueData>[], today: Date): ContentProblem[] {
  return issues.flatMap((issue) => {
    const { data } = issue;
    const publication = publicationOf(data, today);
    if (publication.state === 'draft') return [];
    const live = publication.state === 'scheduled' ? startOf(publication.on) : today;
    if (startOf(data.date).getTime() - live.getTime() <= MOST_AHEAD_MS) return [];
    const when = publication.state === 'scheduled' ? `the issue's publishAt, ${isoDay(live)}` : `today, ${isoDay(today)}, and the issue is published`;
    return [{ file: fileOf(issue), where: 'date', message: `"${data.date.iso}" is more than a year after ${when}: check the year` }];
  });
}
