import { posix } from 'node:path';
import type { z } from 'astro/zod';
import type { issueSchema } from '../schemas/issue.ts';
import type { editorialSchema, pieceSchema } from '../schemas/piece.ts';
import type { agendaSchema, agendaEventSchema } from '../schemas/agenda.ts';
import type { contactSchema } from '../schemas/contact.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import { asSlug, closest, SLUG_PATTERN } from '../schemas/common.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { RESERVED_PIECE_NAMES } from './page-ids.ts';
import { sameNameMessage } from './same-name-files.ts';
import { agendaDateProblems } from './agenda-dates.ts';
import { issueOrderProblems } from './issue-dates.ts';

/** What the archive needs of a collection entry; Astro's entries fit, and so do plain test fixtures. */
export interface SourceEntry<Data> {
  id: string;
  filePath?: string | undefined;
  data: Data;
}

export type IssueData = z.output<ReturnType<typeof issueSchema<z.ZodType<unknown>>>>;
export type EditorialData = z.output<typeof editorialSchema>;
export type PieceData = z.output<typeof pieceSchema>;
export type AgendaData = z.output<typeof agendaSchema>;
export type AgendaEventData = z.output<typeof agendaEventSchema>;
export type ContactData = z.output<typeof contactSchema>;

export interface ArchiveInput<Body> {
  issues: SourceEntry<IssueData>[];
  editorials: (SourceEntry<EditorialData> & Body)[];
  pieces: (SourceEntry<PieceData> & Body)[];
  agenda: SourceEntry<AgendaData>[];
  contacts: SourceEntry<ContactData>[];
}

export type Piece<Body> =
  | { type: 'editorial'; slug: string; issue: number; data: EditorialData; entry: SourceEntry<EditorialData> & Body }
  | { type: 'piece'; slug: string; issue: number; data: PieceData; entry: SourceEntry<PieceData> & Body };

export interface AgendaEvent extends AgendaEventData {
  issue: number;
}

export interface IssueContact {
  id: string;
  contact: ContactData;
  /** The role printed in this issue, else the contact's usual role. */
  role: string | undefined;
}

export interface Issue<Body> {
  number: number;
  folder: string;
  date: PartialDate;
  data: IssueData;
  /** Editorials first, then the pieces in the order issue.yaml gives. */
  pieces: Piece<Body>[];
  agenda: AgendaEvent[];
  contacts: IssueContact[];
}

export interface Archive<Body> {
  /** Newest first. */
  issues: Issue<Body>[];
  contacts: Map<string, ContactData>;
}

/** The folder an entry lives in ("012/editorial" → "012"). */
const folderOf = (id: string) => id.split('/')[0]!;
const nameOf = (id: string) => id.split('/').slice(1).join('/');
const fileOf = (entry: SourceEntry<unknown>, fallback: string) => entry.filePath ?? fallback;

/** A file whose name is an address (a piece's page, a contact's place on the contacts page) must have an address's form. */
function fileNameProblem(file: string, name: string, ext: string, usedAs: string, taken: (name: string) => boolean): ContentProblem | undefined {
  if (SLUG_PATTERN.test(name)) return undefined;
  const meant = asSlug(name);
  // "Field-Visit.mdx" beside field-visit.mdx is most likely a copy: renaming it so would make two of one name.
  const advice = !meant ? '' : taken(meant) ? `; ${meant}${ext} is beside it: if this file is a copy of it, delete it, or else give it a name of its own` : `: rename the file ${meant}${ext}`;
  return { file, message: `the file name "${name}" is used as ${usedAs}: use lower-case letters, digits and hyphens only${advice}` };
}

/**
 * Contacts whose file name is not an address, or who repeat another contact's name: a copy of a file left beside
 * it ("caroline-charpentier copy.yaml") would list the same person twice on the contacts page.
 */
function contactFileProblems(contacts: readonly SourceEntry<ContactData>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileByName = new Map<string, string>();
  const ids = new Set(contacts.map((entry) => entry.id));
  // The shorter name first: a copy is named after its original ("… copy", "… (2)"), and it is the one reported.
  for (const entry of [...contacts].sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id))) {
    const file = fileOf(entry, `content/contacts/${entry.id}.yaml`);
    const badName = fileNameProblem(file, entry.id, '.yaml', 'the contact\'s name in issues and its place on the contacts page', (id) => ids.has(id));
    if (badName) problems.push(badName);
    const earlier = fileByName.get(entry.data.name);
    if (earlier) problems.push({ file, where: 'name', message: `"${entry.data.name}" is already the name of ${earlier}: one person or office is one file: if this one is a copy, delete it` });
    else fileByName.set(entry.data.name, file);
  }
  return problems;
}

export const issueFolderName = (number: number) => String(number).padStart(3, '0');

/**
 * Puts the collections together into issues and checks every reference between entries.
 * Astro only logs a dangling reference; here every problem is collected and the build fails on all of them at once.
 */
export function assembleArchive<Body>(input: ArchiveInput<Body>): Archive<Body> {
  const problems: ContentProblem[] = contactFileProblems(input.contacts);
  const contacts = new Map(input.contacts.map((c) => [c.id, c.data]));
  const unknownContact = (file: string, where: string, id: string) => {
    const suggestion = closest(id, [...contacts.keys()]);
    const hint = suggestion
      ? `did you mean "${suggestion}"? (a contact is a file in content/contacts/)`
      : `there is no file content/contacts/${id}.yaml; add it or correct the name`;
    problems.push({ file, where, missing: `contacts/${id}`, message: `unknown contact "${id}": ${hint}` });
  };

  const issuesByFolder = new Map<string, SourceEntry<IssueData>>();
  const firstFileByNumber = new Map<number, string>();
  for (const entry of input.issues) {
    const folder = folderOf(entry.id);
    const file = fileOf(entry, `content/issues/${entry.id}.yaml`);
    issuesByFolder.set(folder, entry);
    const { number } = entry.data;
    const earlier = firstFileByNumber.get(number);
    if (earlier !== undefined) {
      problems.push({ file, where: 'number', message: `issue number ${number} is already used by ${earlier}; each issue needs its own number` });
    } else {
      firstFileByNumber.set(number, file);
    }
    if (folder !== issueFolderName(number)) {
      problems.push({ file, where: 'number', message: `issue number ${number} does not match its folder "${folder}"; put the issue in content/issues/${issueFolderName(number)}/ or correct the number` });
    }
  }
  problems.push(...issueOrderProblems(input.issues));

  type AnyPiece = Piece<Body>;
  const piecesByFolder = new Map<string, Map<string, AnyPiece>>();
  const pieceIds = new Set([...input.editorials, ...input.pieces].map((entry) => entry.id));
  const addPiece = (entry: SourceEntry<unknown>, make: (issue: number, slug: string) => AnyPiece, ext: string) => {
    const folder = folderOf(entry.id);
    const slug = nameOf(entry.id);
    const file = fileOf(entry, `content/issues/${entry.id}${ext}`);
    const issue = issuesByFolder.get(folder);
    if (!issue) {
      problems.push({
        file,
        missing: `issues/${folder}/issue`,
        message: `there is no issue.yaml in its folder "${folder}"; every piece belongs to the issue whose folder holds it: move it to its issue's folder, or create the issue with npm run new-issue`,
      });
      return;
    }
    const badName = fileNameProblem(file, slug, ext, 'the piece\'s address', (name) => pieceIds.has(`${folder}/${name}`));
    if (badName) {
      problems.push(badName);
      return;
    }
    if (RESERVED_PIECE_NAMES.has(slug)) {
      const owner = slug === 'issue' ? 'the issue\'s own file, issue.yaml' : 'a part of the issue\'s page, which its links lead to by name';
      problems.push({ file, message: `the file name "${slug}" is taken by ${owner}: give the piece another file name` });
    }
    const inFolder = piecesByFolder.get(folder) ?? new Map<string, AnyPiece>();
    piecesByFolder.set(folder, inFolder);
    const clash = inFolder.get(slug);
    if (clash) {
      problems.push({ file, message: sameNameMessage(fileOf(clash.entry, slug), slug) });
      return;
    }
    inFolder.set(slug, make(issue.data.number, slug));
  };
  for (const entry of input.editorials) {
    addPiece(entry, (issue, slug) => ({ type: 'editorial', slug, issue, data: entry.data, entry }), '.mdx');
  }
  for (const entry of input.pieces) {
    addPiece(entry, (issue, slug) => ({ type: 'piece', slug, issue, data: entry.data, entry }), '.mdx');
  }

  const agendaByFolder = new Map<string, AgendaEvent[]>();
  for (const entry of input.agenda) {
    const folder = folderOf(entry.id);
    const file = fileOf(entry, `content/issues/${entry.id}.yaml`);
    const issue = issuesByFolder.get(folder);
    if (!issue) {
      problems.push({ file, missing: `issues/${folder}/issue`, message: `there is no issue.yaml in its folder "${folder}"; an agenda belongs to the issue whose folder holds it` });
      continue;
    }
    agendaByFolder.set(folder, entry.data.events.map((event) => ({ ...event, issue: issue.data.number })));
    problems.push(...agendaDateProblems(issue.data.date, entry.data.events, file));
  }

  for (const piece of [...piecesByFolder.values()].flatMap((inFolder) => [...inFolder.values()])) {
    const [field, people] = piece.type === 'editorial' ? ['authors', piece.data.authors] : ['people', piece.data.people];
    people.forEach(({ contact: id }, index) => {
      if (id !== undefined && !contacts.has(id)) unknownContact(fileOf(piece.entry, piece.slug), `${field}[${index}].contact`, id);
    });
  }

  const issues: Issue<Body>[] = [];
  for (const [folder, entry] of issuesByFolder) {
    const file = fileOf(entry, `content/issues/${entry.id}.yaml`);
    const inFolder = piecesByFolder.get(folder) ?? new Map<string, AnyPiece>();
    const editorials = [...inFolder.values()].filter((p) => p.type === 'editorial').sort((a, b) => a.slug.localeCompare(b.slug));
    const ordered: AnyPiece[] = [];
    const listed = new Set<string>();
    entry.data.pieces.forEach((slug, index) => {
      const piece = inFolder.get(slug);
      if (listed.has(slug)) {
        problems.push({ file, where: `pieces[${index}]`, message: `"${slug}" is listed twice; list each piece once` });
      } else if (!piece) {
        // A piece renamed, or misspelt here: the nearest name among the folder's pieces that pieces does not list.
        const meant = closest(slug, [...inFolder.keys()].filter((name) => !entry.data.pieces.includes(name)));
        problems.push({
          file,
          where: `pieces[${index}]`,
          missing: `pieces/${folder}/${slug}`,
          message: `there is no piece "${slug}" (expected the file ${posix.join(posix.dirname(file), `${slug}.mdx`)})${meant ? `: did you mean "${meant}"?` : ''}`,
        });
      } else if (piece.type === 'editorial') {
        problems.push({ file, where: `pieces[${index}]`, message: `"${slug}" is an editorial: editorials come first by themselves and are not listed in pieces` });
      } else {
        ordered.push(piece);
      }
      listed.add(slug);
    });
    for (const piece of inFolder.values()) {
      if (piece.type === 'piece' && !listed.has(piece.slug)) {
        problems.push({ file: fileOf(piece.entry, piece.slug), message: `the piece is not listed in ${file} under pieces; add "${piece.slug}" where it belongs in the issue's order, or move the file out of the content folder if it is not to be published (an old copy, a draft kept aside)` });
      }
    }
    const issueContacts: IssueContact[] = [];
    entry.data.contacts.forEach(({ contact: id, role }, index) => {
      const contact = contacts.get(id);
      if (!contact) unknownContact(file, `contacts[${index}].contact`, id);
      else if (issueContacts.some((listed) => listed.id === id)) problems.push({ file, where: `contacts[${index}].contact`, message: `"${id}" is listed twice; list each contact once` });
      else issueContacts.push({ id, contact, role: role ?? contact.role });
    });
    issues.push({
      number: entry.data.number,
      folder,
      date: entry.data.date,
      data: entry.data,
      pieces: [...editorials, ...ordered],
      agenda: agendaByFolder.get(folder) ?? [],
      contacts: issueContacts,
    });
  }

  if (problems.length > 0) throw new ContentError(problems);
  issues.sort((a, b) => b.date.iso.localeCompare(a.date.iso) || b.number - a.number);
  return { issues, contacts };
}
