import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { ISSUE_STATUSES } from '../schemas/issue.ts';
import { partialDate } from '../schemas/partial-date.ts';
import { isPublished } from './publication.ts';

/** Only what decides whether an issue is out, read leniently: the full schema is checked where the issue is loaded. */
const issueHeader = z.looseObject({
  status: z.enum(ISSUE_STATUSES),
  publishAt: partialDate.optional(),
  contacts: z.array(z.looseObject({ contact: z.string() })).default([]),
});

export interface LeftOut {
  /** Issue folders ("013") not published on the day. */
  issueFolders: string[];
  /** Contacts (file names without .yaml) that only unpublished issues name. */
  contacts: string[];
}

/**
 * What a production build on `today` leaves out of its collections: every unpublished issue's folder and
 * the contacts only such issues name. Left out at the source, nothing of them, not even an image a piece
 * imports, can reach a page, a list, an endpoint or the bundled assets. An issue.yaml that cannot be read,
 * or a scheduled issue without its day, stays in, so that the build reports what is wrong with it.
 */
export function leftOutOfProduction(contentDir: string, today: Date): LeftOut {
  const published = new Set<string>();
  const unpublished = new Set<string>();
  const issueFolders: string[] = [];
  for (const file of globSync('*/issue.yaml', { cwd: join(contentDir, 'issues') }).sort()) {
    let header;
    try {
      header = issueHeader.safeParse(yaml.load(readFileSync(join(contentDir, 'issues', file), 'utf8')));
    } catch {
      continue;
    }
    if (!header.success) continue;
    // Scheduled for no day: kept, so that the build says so rather than leave the issue out without a word.
    if (header.data.status === 'scheduled' && header.data.publishAt?.day === undefined) continue;
    const live = isPublished(header.data, today);
    if (!live) issueFolders.push(file.split('/')[0]!);
    for (const { contact } of header.data.contacts) (live ? published : unpublished).add(contact);
  }
  return { issueFolders, contacts: [...unpublished].filter((id) => !published.has(id)).sort() };
}
