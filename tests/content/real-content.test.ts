import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { LEFTOVERS } from '../support/leftovers.ts';

const { input, problems } = await readContent('content');

describe('the five back issues in content/', () => {
  it('every entry passes its schema', () => {
    expect(problems).toEqual([]);
  });

  it('passes the editors\' check: no problem of any kind', async () => {
    const { problems, files } = await checkContent('content', new Date());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(files).toBeGreaterThan(40);
  });

  it('holds issues 1, 2, 5, 10 and 12 with the dates the letters give, newest first', () => {
    const { issues } = assembleArchive(input);
    expect(issues.map((i) => [i.number, i.date.iso])).toEqual([
      [12, '2019-04'],
      [10, '2018-07'],
      [5, '2017'],
      [2, '2015'],
      [1, '2014'],
    ]);
  });

  it('gives every issue an editorial, its pieces and its contacts', () => {
    for (const issue of assembleArchive(input).issues) {
      expect(issue.pieces[0]?.type, `issue ${issue.number}`).toBe('editorial');
      expect(issue.pieces.filter((p) => p.type === 'piece').length, `issue ${issue.number}`).toBeGreaterThanOrEqual(3);
      expect(issue.contacts.length, `issue ${issue.number}`).toBeGreaterThan(0);
    }
  });

  it('has no extraction debris, template leftovers or words split at line ends', async () => {
    const files = await glob('**/*.{mdx,md,yaml}', { cwd: 'content' });
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(`content/${file}`, 'utf8');
      for (const leftover of LEFTOVERS) expect(text, `${file} contains ${leftover}`).not.toMatch(leftover);
      // A hyphen at the end of a line followed by a lower-case word is a word the PDF broke in two.
      expect(text, file).not.toMatch(/[a-z]-\n[a-z]/);
    }
  });
});
