import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { issueFolderName } from './archive.ts';

/** Marks text an editor still has to write; the check refuses it in a published or scheduled issue. */
export const PLACEHOLDER = 'TODO';

export interface IssueContactReference {
  contact: string;
  role?: string | undefined;
}

/** The existing issues, by folder, with their number and contacts as far as issue.yaml can be read. */
export function existingIssues(contentDir: string): { folder: string; number: number | undefined; contacts: IssueContactReference[] }[] {
  const issuesDir = join(contentDir, 'issues');
  let folders: string[];
  try {
    folders = readdirSync(issuesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
  return folders.sort().map((folder) => {
    let data: { number?: unknown; contacts?: unknown } = {};
    try {
      data = (yaml.load(readFileSync(join(issuesDir, folder, 'issue.yaml'), 'utf8')) ?? {}) as typeof data;
    } catch {
      // No or unreadable issue.yaml: the folder still takes its number.
    }
    const number = typeof data.number === 'number' ? data.number : Number.parseInt(folder, 10) || undefined;
    const contacts = Array.isArray(data.contacts)
      ? data.contacts.filter((c): c is IssueContactReference => typeof c?.contact === 'string').map(({ contact, role }) => ({ contact, role }))
      : [];
    return { folder, number, contacts };
  });
}

const quoted = (text: string) => JSON.stringify(text);
/** A YAML line with its comment, the comments of a file aligned. */
const commented = (line: string, comment: string) => `${line.padEnd(32)} # ${comment}`;

/**
 * The files of a new issue, by name within its folder: a draft dated the month of `today` (as the letter
 * prints its date: no day it does not give is invented) that passes the check as it
 * is, naming the contacts of the latest issue, with an editorial, one piece and an empty agenda whose
 * text is still to be written.
 */
export function newIssueFiles(number: number, today: string, contacts: readonly IssueContactReference[]): Record<string, string> {
  const contactLines = contacts.length
    ? `${commented('contacts:', 'copied from the latest issue: keep, remove or add')}
${contacts.map(({ contact, role }) => `  - contact: ${contact}\n${role ? `    role: ${quoted(role)}\n` : ''}`).join('')}`
    : `${commented('contacts: []', 'e.g. - contact: caroline-charpentier (a file in content/contacts/)')}\n`;
  return {
    'issue.yaml': `# Issue N° ${number}. Fields: docs/editing.md. Check with npm run check; preview with npm run dev.
${commented(`number: ${number}`, 'the N° printed on the letter')}
${commented(`date: "${today.slice(0, 7)}"`, `as the letter prints it: "${today.slice(0, 4)}", "${today.slice(0, 7)}" or "${today}"`)}
title: "${PLACEHOLDER}: the theme of issue N° ${number}"
summary: >-
  ${PLACEHOLDER}: one or two sentences for the archive home, feeds and search.
${commented('status: draft', 'draft (preview only) | scheduled (with publishAt) | published')}
${contactLines}${commented('pieces:', 'the order of the pieces after the editorial: file names without .mdx')}
  - new-piece
`,
    'editorial.mdx': `---
title: "Editorial"
authors:
  - name: "${PLACEHOLDER}: the author's name"
    role: "${PLACEHOLDER}: the author's role"
---

${PLACEHOLDER}: the editorial.
`,
    'new-piece.mdx': `---
# Rename this file to the piece's address (e.g. french-strategy.mdx) and change "new-piece" in issue.yaml to match.
title: "${PLACEHOLDER}: the title of the piece"
${commented('kind: focus', 'focus | return-to | word-from | three-questions | interview | overview | report')}
${commented('countries: []', 'e.g. [RS, BA]')}
${commented('themes: []', 'e.g. [training, cooperation]; the list is in docs/editing.md')}
---

${PLACEHOLDER}: the text of the piece. Sections start with "## A heading"; the components are in docs/editing.md.
`,
    'agenda.yaml': `# "In brief…" (past) and "To come…" (announced) events of issue N° ${number}, one "- id: …" each under
# events, as in this example (remove the "#" at the start of its lines to keep it):
events:
#  - id: sofia-conference               # unique in the issue
#    section: to-come                   # in-brief | to-come
#    date: "${today}"
#    place: Sofia
#    title: "The title of the event"
`,
  };
}

export const newIssueFolder = (contentDir: string, number: number) => join(contentDir, 'issues', issueFolderName(number));
