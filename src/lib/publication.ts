import { parsePartialDate, startOf, type PartialDate } from '../schemas/partial-date.ts';
import type { IssueData } from './archive.ts';

/** Where an issue stands on a given day: a scheduled issue whose day has come counts as published. */
export type Publication = { state: 'published' } | { state: 'draft' } | { state: 'scheduled'; on: PartialDate };

/**
 * The day the site is built for, in UTC: today, or QL_BUILD_DATE ("YYYY-MM-DD"), which tests use to
 * be deterministic and an editor can use to see what a build on a later day would publish.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const given = env['QL_BUILD_DATE'];
  if (given === undefined || given === '') {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  const date = parsePartialDate(given);
  if (date?.day === undefined) throw new Error(`QL_BUILD_DATE must be a day written YYYY-MM-DD, e.g. 2026-05-01 (it is "${given}")`);
  return startOf(date);
}

export function publicationOf(issue: Pick<IssueData, 'status' | 'publishAt'>, today: Date): Publication {
  if (issue.status === 'published') return { state: 'published' };
  if (issue.status === 'scheduled' && issue.publishAt) {
    return startOf(issue.publishAt) <= today ? { state: 'published' } : { state: 'scheduled', on: issue.publishAt };
  }
  return { state: 'draft' };
}

export const isPublished = (issue: Pick<IssueData, 'status' | 'publishAt'>, today: Date) => publicationOf(issue, today).state === 'published';
