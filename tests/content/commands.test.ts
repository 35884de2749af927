import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { parsePartialDate, startOf } from '../../src/schemas/partial-date.ts';
import { FIXTURE_BUILD_DATE } from '../support/fixture-site.ts';
import { brokenCopy, type Edits } from '../support/broken-copy.ts';
import { runScript } from '../support/run-script.ts';

// A test may make several copies: every one is removed after it.
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

function copy(edits: Edits = {}) {
  const made = brokenCopy(edits);
  cleanups.push(made.remove);
  return made;
}

/** Runs an npm script's file as `npm run` does, on a content folder. */
function command(script: string, contentDir: string, args: string[] = []) {
  return runScript(script, args, { ...process.env, QL_CONTENT_DIR: contentDir, QL_BUILD_DATE: FIXTURE_BUILD_DATE });
}

/** Every file of a folder with its text, to prove that nothing changed. */
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().filter((f) => statSync(join(dir, f)).isFile()).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

const today = new Date().toISOString().slice(0, 10);

describe('npm run new-issue', () => {
  it('creates the next issue as a draft dated this month (no day invented), naming the latest issue\'s contacts, and it passes the check', async () => {
    const { dir } = copy();
    const run = command('scripts/new-issue.ts', dir);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Created issue N° 5 as a draft');
    expect(readdirSync(join(dir, 'issues', '005')).sort()).toEqual(['agenda.yaml', 'editorial.mdx', 'issue.yaml', 'new-piece.mdx']);
    const issue = yaml.load(readFileSync(join(dir, 'issues', '005', 'issue.yaml'), 'utf8')) as Record<string, unknown>;
    expect(issue).toMatchObject({ number: 5, date: today.slice(0, 7), status: 'draft', contacts: [{ contact: 'zephyrquill-office' }], pieces: ['new-piece'] });
    const { problems } = await checkContent(dir, startOf(parsePartialDate(FIXTURE_BUILD_DATE)!));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('writes an agenda without events whose example becomes an event once the "#" of its lines are removed', async () => {
    const { dir } = copy();
    expect(command('scripts/new-issue.ts', dir).status).toBe(0);
    const agenda = join(dir, 'issues', '005', 'agenda.yaml');
    expect(yaml.load(readFileSync(agenda, 'utf8'))).toEqual({ events: null });
    writeFileSync(agenda, readFileSync(agenda, 'utf8').replace(/^#(  )/gm, '$1'));
    expect(yaml.load(readFileSync(agenda, 'utf8'))).toMatchObject({ events: [{ id: 'sofia-conference', section: 'to-come', place: 'Sofia' }] });
    const { problems } = await checkContent(dir, startOf(parsePartialDate(FIXTURE_BUILD_DATE)!));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('takes the number it is given, and refuses one that already exists without touching anything', () => {
    const { dir } = copy();
    const before = snapshot(dir);
    const taken = command('scripts/new-issue.ts', dir, ['3']);
    expect(taken.status).toBe(1);
    expect(taken.output).toMatch(/Issue N° 3 already exists \(.*issues\/003\/\); nothing was created\. The next free number is 5\./);
    expect(snapshot(dir)).toEqual(before);
    const two = command('scripts/new-issue.ts', dir, ['15', '16']);
    expect(two.status).toBe(1);
    expect(two.output).toContain('One issue at a time: npm run new-issue -- 13 (not 15 16).');
    expect(snapshot(dir)).toEqual(before);
    // A number beyond the next is taken, and what it leaves out is said.
    const ahead = command('scripts/new-issue.ts', dir, ['13']);
    expect(ahead.status).toBe(0);
    expect(ahead.output).toMatch(/Note: the newest issue was N° 4, so N° 5 to 12 will be missing from the archive\. If you meant N° 5, delete \S*issues\/013\/ and run npm run new-issue again\./);
    expect(readdirSync(join(dir, 'issues'))).toContain('013');
    expect(command('scripts/new-issue.ts', dir).output).not.toContain('Note:');
  });

  it('never writes into a folder an editor has already started', () => {
    const { dir } = copy();
    mkdirSync(join(dir, 'issues', '005'));
    writeFileSync(join(dir, 'issues', '005', 'editorial.mdx'), 'My first draft of the editorial.');
    const before = snapshot(dir);
    // The number as the folder writes it.
    const run = command('scripts/new-issue.ts', dir, ['005']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/issues\/005\/ is already there, without its issue\.yaml; nothing was created .* Write .*issues\/005\/issue\.yaml yourself/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves placeholders that the check refuses once the issue is set to be published', async () => {
    const { dir } = copy();
    command('scripts/new-issue.ts', dir);
    const file = join(dir, 'issues', '005', 'issue.yaml');
    // Dated, as an editor would, after the fixture's issues of 2030 (new-issue dates it this month).
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: published').replace(/^date: .*$/m, 'date: "2030-05"'));
    const { problems } = await checkContent(dir, startOf(parsePartialDate(FIXTURE_BUILD_DATE)!));
    expect(problems.map((p) => `${p.file.split('/').slice(-1)[0]}:${p.line}`)).toEqual([
      'editorial.mdx:4',
      'editorial.mdx:5',
      'editorial.mdx:8',
      'issue.yaml:4',
      'issue.yaml:6',
      'new-piece.mdx:3',
      'new-piece.mdx:9',
    ]);
  });
});

describe('npm run check', () => {
  it('prints one line per problem with file and line, and exits with 1', () => {
    const { dir, shown } = copy({
      'issues/001/field-visit.mdx': (t) => `${t}\n<Box kind="defintion">Text.</Box>\n`,
      'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: regional-expret'),
    });
    const run = command('scripts/check.ts', dir);
    expect(run.status).toBe(1);
    expect(shown(run.output).split('\n')).toEqual([
      'content/issues/001/field-visit.mdx:21: <Box kind="defintion">: kind must be definition or sidebar',
      'content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret": did you mean "regional-expert"? (a contact is a file in content/contacts/)',
      '',
      '2 problems in 2 files. docs/editing.md explains every field and component.',
      '',
    ]);
  });

  it('refuses a content folder without issues instead of finding nothing wrong in it', () => {
    const { root } = copy();
    const run = command('scripts/check.ts', join(root, 'contnet'));
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/contnet\/issues: no such folder: the archive's issues are expected here, one folder per issue/);
  });

  it('says so and exits with 0 when nothing is wrong', () => {
    const { dir, shown } = copy();
    const run = command('scripts/check.ts', dir);
    expect(run.status, run.output).toBe(0);
    expect(shown(run.output)).toMatch(/^No problems in the \d+ files of content\/\.\n$/);
  });
});
