import { endOf, startOf, type PartialDate } from '../schemas/partial-date.ts';
import type { ContentProblem } from './content-error.ts';

export interface DatedIssue {
  number: number;
  date: PartialDate;
  /** Whether the issue is still a draft, whose date `npm run new-issue` set to the day it was made. */
  draft: boolean;
  file: string;
}

/**
 * Issues dated before an issue of a lower number, most likely a mistyped year: issues are numbered in the order
 * they appear, and the archive lists them by date, so the mistake would put the issue out of its place. Each
 * is reported against the nearest such lower number. Drafts are left out until they are to be published.
 * Partial dates are compared by the whole span they can mean, so that "2019" never contradicts "2019-04".
 */
export function issueOrderProblems(issues: readonly DatedIssue[]): ContentProblem[] {
  const due = issues.filter((issue) => !issue.draft).sort((a, b) => a.number - b.number);
  return due.flatMap((issue, index) => {
    const datedLater = due.slice(0, index).findLast((earlier) => startOf(earlier.date) > endOf(issue.date));
    if (!datedLater) return [];
    return [{
      file: issue.file,
      where: 'date',
      message: `"${issue.date.iso}" comes before the date of N° ${datedLater.number}, "${datedLater.date.iso}", yet issues are numbered in the order they appear: check the year, here or in N° ${datedLater.number}`,
    }];
  });
}
