import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDate, publicationOf } from '../../src/lib/publication.ts';
import { leftOutOfProduction } from '../../src/lib/unpublished-content.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('when an issue is published', () => {
  it('a published issue always, a draft never, a scheduled one from its day on', () => {
    expect(publicationOf({ status: 'published' }, day('2020-01-01'))).toEqual({ state: 'published' });
    expect(publicationOf({ status: 'draft' }, day('2099-01-01'))).toEqual({ state: 'draft' });
    const scheduled = { status: 'scheduled' as const, publishAt: partialDate.parse('2026-05-01') };
    expect(publicationOf(scheduled, day('2026-04-30'))).toEqual({ state: 'scheduled', on: scheduled.publishAt });
    expect(publicationOf(scheduled, day('2026-05-01'))).toEqual({ state: 'published' });
  });

  it('the build date is today in UTC, or QL_BUILD_DATE, which must be a day', () => {
    expect(buildDate({ QL_BUILD_DATE: '2030-01-15' })).toEqual(day('2030-01-15'));
    expect(buildDate({}).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(() => buildDate({ QL_BUILD_DATE: '2030-01' })).toThrow('QL_BUILD_DATE must be a day written YYYY-MM-DD');
  });
});

describe('what a production build leaves out', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the folders of unpublished issues and the contacts only they name (not one a published byline links to); an unreadable issue, or one scheduled for no day, stays in', () => {
    dir = mkdtempSync(join(tmpdir(), 'ql-left-out-'));
    const issue = (folder: string, text: string) => {
      mkdirSync(join(dir, 'issues', folder), { recursive: true });
      writeFileSync(join(dir, 'issues', folder, 'issue.yaml'), text);
    };
    issue('001', 'status: published\ncontacts:\n  - contact: shared\n');
    // A published piece's byline links to a contact otherwise named only by a draft: it stays.
    writeFileSync(join(dir, 'issues', '001', 'interview.mdx'), '---\ntitle: "An interview"\npeople:\n  - name: A. Liaison\n    contact: draft-liaison\n---\n\nText.\n');
    issue('008', 'status: draft\ncontacts:\n  - contact: draft-liaison\n');
    issue('002', 'status: draft\ncontacts:\n  - contact: shared\n  - contact: new-liaison\n');
    issue('003', 'status: scheduled\npublishAt: "2030-02-01"\n');
    issue('004', 'status: scheduled\npublishAt: "2030-01-10"\n');
    issue('005', 'status: [unreadable\n');
    issue('006', 'status: scheduled\n');
    issue('007', 'status: scheduled\npublishAt: "2030-02"\n');
    expect(leftOutOfProduction(dir, day('2030-01-15'))).toEqual({ issueFolders: ['002', '003', '008'], contacts: ['new-liaison'] });
  });
});
