import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { ISSUE_STATUSES, scheduledForNoDay } from '../schemas/issue.ts';
import { fullDate } from '../schemas/partial-date.ts';
import { isPublished } from './publication.ts';

const signer = z.looseObject({ contact: z.string().optional() });
const signers = z.looseObject({ people: z.array(signer).default([]), authors: z.array(signer).default([]) });

/** The contacts that the people of an issue's pieces and editorials name (a piece that cannot be read names none). */
function signersContacts(folder: string): string[] {
  return globSync('*.mdx', { cwd: folder }).flatMap((file) => {
    let data;
    try {
      data = parseFrontmatter(readFileSync(join(folder, file), 'utf8')).frontmatter;
    } catch {
      return [];
    }
    const { people, authors } = signers.safeParse(data).data ?? { people: [], authors: [] };
    return [...people, ...authors].flatMap(({ contact }) => (contact ? [contact] : []));
  });
}

/** Only what decides whether an issue is out, read leniently: the full schema is checked where the issue is loaded. */
const issueHeader = z.looseObject({
  status: z.enum(ISSUE_STATUSES),
  publishAt: fullDate.optional(),
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
    if (scheduledForNoDay(header.data)) continue;
    const live = isPublished(header.data, today);
    const folder = file.split('/')[0]!;
    if (!live) issueFolders.push(folder);
    for (const { contact } of header.data.contacts) (live ? published : unpublished).add(contact);
    // The contacts a published piece's people name stay, as its byline links to them.
    if (live) for (const contact of signersContacts(join(contentDir, 'issues', folder))) published.add(contact);
  }
  return { issueFolders, contacts: [...unpublished].filter((id) => !published.has(id)).sort() };
}
