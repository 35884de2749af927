import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { formatProblem } from '../../src/lib/content-error.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the real content with one file changed by `edit`, read back as the build would. */
async function problemsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  dir = mkdtempSync(join(tmpdir(), 'ql-broken-'));
  cpSync('content', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const { problems } = await readContent(dir);
  const shown = relative(process.cwd(), path);
  return problems.map(formatProblem).map((line) => line.replace(shown, `<${file}>`));
}

describe('a broken entry is rejected with its file, field and what is expected', () => {
  it('a date in the wrong form', async () => {
    expect(await problemsAfter('issues/012/issue.yaml', (t) => t.replace(/^date: .*$/m, 'date: "April 2019"'))).toEqual([
      '<issues/012/issue.yaml>: date: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), e.g. "2019-04"',
    ]);
  });

  it('a missing required field', async () => {
    expect(await problemsAfter('issues/012/issue.yaml', (t) => t.replace(/^title: .*$/m, ''))).toEqual([
      '<issues/012/issue.yaml>: title: Invalid input: expected string, received undefined',
    ]);
  });

  it('an unknown field', async () => {
    const problems = await problemsAfter('issues/012/french-strategy.mdx', (t) => t.replace(/^kind: /m, 'standfist: "x"\nkind: '));
    expect(problems).toEqual(['<issues/012/french-strategy.mdx>: unknown field "standfist": did you mean "standfirst"?']);
  });

  it('a kind of piece that does not exist', async () => {
    expect(await problemsAfter('issues/012/french-strategy.mdx', (t) => t.replace(/^kind: .*$/m, 'kind: opinion'))).toEqual([
      '<issues/012/french-strategy.mdx>: kind: expected one of: focus, return-to, word-from, three-questions, interview, overview, report',
    ]);
  });

  it('a malformed e-mail address and a wrong country code', async () => {
    expect(await problemsAfter('contacts/caroline-charpentier.yaml', (t) => t.replace(/^email: .*$/m, 'email: caroline.diplomatie.gouv.fr'))).toEqual([
      '<contacts/caroline-charpentier.yaml>: email: expected an e-mail address, e.g. name@diplomatie.gouv.fr',
    ]);
    expect(await problemsAfter('issues/012/sociological-approach.mdx', (t) => t.replace(/^countries: .*$/m, 'countries: [Romania]'))).toEqual([
      '<issues/012/sociological-approach.mdx>: countries[0]: expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "RS" (Kosovo: "XK")',
    ]);
  });
});
