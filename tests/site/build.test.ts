import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCopy, type Edits } from '../support/broken-copy.ts';
import { runScript } from '../support/run-script.ts';
import { FIXTURE_BUILD_DATE } from '../support/fixture-site.ts';

const copies: (() => void)[] = [];
afterAll(() => copies.forEach((remove) => remove()));

/** The environment of a build of a content copy into `out`, with caches of its own beside it. */
const buildEnv = (copy: { root: string; dir: string }, out: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  QL_CONTENT_DIR: copy.dir,
  QL_OUT_DIR: out,
  QL_CACHE_DIR: join(copy.root, 'cache'),
  QL_BUILD_DATE: FIXTURE_BUILD_DATE,
  ...extra,
});

/**
 * Builds a copy of the content with some files edited, over an output folder that already holds a good
 * site. Builds run one after another in this file: they share the project's .astro folder.
 */
function buildBroken(edits: Edits, from = 'content', extraEnv: Record<string, string> = {}) {
  const copy = brokenCopy(edits, from);
  copies.push(copy.remove);
  const out = join(copy.root, 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'the previous good site');
  const result = runScript('scripts/build.ts', [], buildEnv(copy, out, extraEnv));
  return { status: result.status, output: copy.shown(result.output), out };
}

function expectPreviousSiteKept(out: string) {
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous good site');
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(readdirSync(join(out, '..')).filter((name) => name.startsWith('dist.'))).toEqual([]);
}

describe('a build with a broken entry', () => {
  it('exits non-zero on a dangling reference, names file, field and value, and keeps the previous site', () => {
    const build = buildBroken({ 'issues/012/issue.yaml': (t) => t.replace('contact: caroline-charpentier', 'contact: caroline-charpantier') });
    expect(build.status).not.toBe(0);
    // The check's account, which gives the line, in place of Astro's report of the same file and its stack.
    expect(build.output).toMatch(/^content\/issues\/012\/issue\.yaml:\d+: contacts\[0\]\.contact: unknown contact "caroline-charpantier": did you mean "caroline-charpentier"\?/m);
    expect(build.output).not.toContain('Stack trace');
    expect(build.output).not.toMatch(/^\s+at /m);
    expectPreviousSiteKept(build.out);
  });

  it('exits non-zero on a file YAML cannot read, and the check\'s line says where and what to do', () => {
    const build = buildBroken({ 'issues/010/issue.yaml': (t) => t.replace(/^contacts:/m, '  contacts:') });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/issues\/010\/issue\.yaml:\d+: cannot be read: this line is not lined up with the fields around it \(column \d+\); start this line exactly under the other fields/);
    expectPreviousSiteKept(build.out);
  });

  it('exits non-zero on a schema error, names file and field, and keeps the previous site', () => {
    const build = buildBroken({ 'issues/010/issue.yaml': (t) => t.replace(/^date: .*$/m, 'date: "July 2018"') });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/010/issue.yaml:4: date: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
    expectPreviousSiteKept(build.out);
    expect(existsSync(join(build.out, 'en'))).toBe(false);
  });
});

describe('a build with a text YAML reads only in part', () => {
  it('exits non-zero on a title cut at "#", which would otherwise be published cut, and keeps the previous site', () => {
    const build = buildBroken({ 'issues/010/issue.yaml': (t) => t.replace(/^title: "(.*)"$/m, 'title: $1 #10') });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/^content\/issues\/010\/issue\.yaml:\d+: title: the text stops before "#10", which YAML reads as a comment: put the whole text in quotes/m);
    expectPreviousSiteKept(build.out);
  });
});

describe('a build pointed at a folder without issues', () => {
  it('refuses to build an empty site over the previous one and names the folder it looked in', () => {
    const copy = brokenCopy({});
    copies.push(copy.remove);
    const out = join(copy.root, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'the previous good site');
    const result = runScript('scripts/build.ts', [], buildEnv({ root: copy.root, dir: join(copy.root, 'contnet') }, out));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/contnet\/issues: no such folder: the archive's issues are expected here/);
    expectPreviousSiteKept(out);
  });
});

describe('a build of a piece saved twice, as .md beside its .mdx', () => {
  it('refuses to publish either copy and names both files', () => {
    const build = buildBroken({ 'issues/001/field-visit.md': '---\ntitle: "A stale copy"\nkind: report\n---\n\nText.\n' }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/001/field-visit.mdx: content/issues/001/field-visit.md has the same name ("field-visit"): the site would show only one of them; rename or delete one');
    expectPreviousSiteKept(build.out);
  });
});

/** The editors' mistakes of tests/content/editor-errors.test.ts, as the build reports them (on the fixture archive). */
describe('the build stops on an editor\'s mistake with the same clear message as the check', () => {
  const PIECE = 'issues/001/field-visit.mdx';

  it('an unknown front-matter field', () => {
    const build = buildBroken({ [PIECE]: (t) => t.replace('kind: report', 'kind: report\nstandfist: "A lead"') }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    // The check's line, not Astro's wording of a schema error.
    expect(build.output).toContain(`content/${PIECE}:4: unknown field "standfist": did you mean "standfirst"?`);
    expectPreviousSiteKept(build.out);
  });

  it('a missing required field', () => {
    const build = buildBroken({ 'issues/001/issue.yaml': (t) => t.replace(/^title: .*\n/m, '') }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/001/issue.yaml:1: title: missing (expected text)');
  });

  it('a duplicate issue number, an unknown contact, a piece in a folder without an issue and an issue scheduled for no day, all at once', () => {
    const build = buildBroken(
      {
        // Left without its day, N° 4 is not quietly left out as an issue scheduled for later.
        'issues/004/issue.yaml': (t) => t.replace(/^publishAt: .*\n/m, ''),
        'issues/002/issue.yaml': (t) => t.replace('number: 2', 'number: 1'),
        'issues/001/issue.yaml': (t) => t.replace('contact: regional-expert', 'contact: regional-expret'),
        'issues/009/lost-piece.mdx': '---\ntitle: "Lost"\nkind: focus\n---\n\nText.\n',
      },
      'tests/fixtures/archive',
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/002/issue.yaml:1: number: issue number 1 is already used by content/issues/001/issue.yaml');
    expect(build.output).toContain('content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret": did you mean "regional-expert"?');
    expect(build.output).toContain('content/issues/009/lost-piece.mdx: there is no issue.yaml in its folder "009"');
    // At the line of the status that asks for it.
    expect(build.output).toMatch(/^content\/issues\/004\/issue\.yaml:6: status: a scheduled issue needs publishAt, the day it goes live, as "YYYY-MM-DD"$/m);
  });

  it('an agenda saved as agenda.yml, which the issue would be published without', () => {
    const agenda = readFileSync('tests/fixtures/archive/issues/001/agenda.yaml', 'utf8');
    const build = buildBroken({ 'issues/001/agenda.yaml': null, 'issues/001/agenda.yml': agenda }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/001/agenda.yml: nothing reads this file: the build reads YAML files named .yaml; rename it agenda.yaml');
    expectPreviousSiteKept(build.out);
  });

  it('a link from a published issue to a draft', () => {
    const build = buildBroken({ [PIECE]: (t) => `${t}\nSee [the harbour](../003/marmaladewood-harbour.mdx).\n` }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `content/${PIECE}:21: this link leads to issue N° 3, which is a draft: on the published site it would lead nowhere; link to it once it is published`,
    );
    expectPreviousSiteKept(build.out);
  });

  it('text still to be written in a published issue', () => {
    const build = buildBroken({ [PIECE]: (t) => `${t}\nTODO: a last paragraph.\n` }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`content/${PIECE}:21: still holds a placeholder to write ("TODO: a last paragraph.")`);
  });

  it('the newest published issue dated decades ahead, a mistyped year', () => {
    // The event to come made a report of, so that only the date is wrong.
    const build = buildBroken(
      { 'issues/002/issue.yaml': (t) => t.replace('date: "2030-01"', 'date: "2093-01"'), 'issues/002/agenda.yaml': (t) => t.replace('section: to-come', 'section: in-brief') },
      'tests/fixtures/archive',
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/002/issue.yaml:2: date: "2093-01" is more than a year after today, 2030-01-15, and the issue is published: check the year');
    expectPreviousSiteKept(build.out);
  });

  it('a missing cover image', () => {
    const build = buildBroken({ 'issues/001/issue.yaml': (t) => t.replace('cover: ./cover.jpg', 'cover: ./covr.jpg') }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/issues/001/issue.yaml:7: cover: there is no image "./covr.jpg" in content/issues/001/: did you mean "./cover.jpg"?');
  });

  it('an unknown component, wrong attributes, a missing image and an image without alt, each at its line', () => {
    const build = buildBroken(
      {
        [PIECE]: (t) =>
          `${t.replace("'./seminar-sarajevo.jpg'", "'./seminar-sarajvo.jpg'")}\n<PullQoute>Quote.</PullQoute>\n\n<Box kind="defintion">Text.</Box>\n\n<Figure src={seminar}>Caption.</Figure>\n`,
      },
      'tests/fixtures/archive',
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`content/${PIECE}:7: there is no image "./seminar-sarajvo.jpg" in content/issues/001/: did you mean "./seminar-sarajevo.jpg"?`);
    expect(build.output).toContain(`content/${PIECE}:21: unknown component <PullQoute>: did you mean <PullQuote>? (see docs/editing.md)`);
    expect(build.output).toContain(`content/${PIECE}:23: <Box kind="defintion">: kind must be definition or sidebar`);
    expect(build.output).toContain(`content/${PIECE}:25: <Figure src={…}>: alt is required`);
    expectPreviousSiteKept(build.out);
  });

  it('an MDX syntax error, at its line and with what to do', () => {
    const build = buildBroken({ [PIECE]: (t) => `${t}\n<Box title="Unclosed">\nThe box is never closed.\n` }, 'tests/fixtures/archive');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `content/${PIECE}:21: MDX syntax error: <Box> is opened here and never closed: end it with </Box> after what it holds (or, if it holds nothing, write <Box … />)`,
    );
    expectPreviousSiteKept(build.out);
  });
});

describe('a build that fails for a reason of its own, not the content\'s', () => {
  const badAddress = { QL_SITE: 'not an address' };

  it('shows Astro\'s report and says that the content check finds nothing wrong', () => {
    const build = buildBroken({}, 'tests/fixtures/archive', badAddress);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Invalid URL');
    expect(build.output).toContain('The content check (npm run check) finds nothing wrong in the content: the error above is the build\'s own.');
    expectPreviousSiteKept(build.out);
  });

  it('shows Astro\'s report beside the check\'s list when the content has problems of its own', () => {
    const build = buildBroken({ 'issues/001/field-visit.mdx': (t) => `${t}\nTODO: a last paragraph.\n` }, 'tests/fixtures/archive', badAddress);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/Invalid URL[\s\S]*The content check \(npm run check\) on the same files:\ncontent\/issues\/001\/field-visit\.mdx:21: still holds a placeholder/);
    expectPreviousSiteKept(build.out);
  });
});

/**
 * Builds the fixture archive again and again into one output folder with one cache, as an editor's machine
 * does; the first build also creates the folder that holds the output.
 */
describe('a rebuild', () => {
  const copy = brokenCopy({});
  copies.push(copy.remove);
  const out = join(copy.root, 'not-yet-made', 'dist');
  const env = buildEnv(copy, out, { QL_SKIP_PDF: '1' });
  const build = () => {
    const result = runScript('scripts/build.ts', [], env);
    expect(result.status, result.output).toBe(0);
    // Astro marks each page it takes from the previous build "(restored)".
    const restored = [...result.output.matchAll(/(\/\S+?)(?:index\.html)? \(restored\)/g)].map((m) => m[1]!);
    return { restored, page: (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8') };
  };
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(copy.dir, file), change(readFileSync(join(copy.dir, file), 'utf8')));
  const PIECE_PAGES = ['issues/1/field-visit/', 'issues/1/editorial/', 'issues/2/larkspurgate-conference/', 'issues/2/editorial/'];

  it('takes every issue and piece page from the previous build when nothing changed, as it was', () => {
    const first = build();
    const before = first.page('en/issues/1/');
    const second = build();
    for (const path of [...PIECE_PAGES, 'issues/1/', 'issues/2/']) expect(second.restored).toContain(`/fr/${path}`);
    expect(second.page('en/issues/1/')).toBe(before);
  });

  it("renders again the pages that show a piece whose text changed, and only those", () => {
    edit('issues/001/field-visit.mdx', (t) => `${t}\nA sentence added after the first build.\n`);
    const rebuilt = build();
    for (const locale of ['en', 'fr', 'sr-latn', 'sr-cyrl']) {
      expect(rebuilt.page(`${locale}/issues/1/field-visit/`)).toContain('A sentence added after the first build.');
      expect(rebuilt.page(`${locale}/issues/1/`)).toContain('A sentence added after the first build.');
      expect(rebuilt.restored).not.toContain(`/${locale}/issues/1/field-visit/`);
      expect(rebuilt.restored).toContain(`/${locale}/issues/2/larkspurgate-conference/`);
    }
  });

  it('renders again the pages of a translation whose English text changed since, which then say so', () => {
    edit('issues/002/editorial.mdx', (t) => `${t}\nA sentence added after the French translation was made.\n`);
    const rebuilt = build();
    for (const path of ['fr/issues/2/editorial/', 'fr/issues/2/']) {
      expect(rebuilt.restored).not.toContain(`/${path}`);
      expect(rebuilt.page(path), path).toMatch(/<p class="outdated-notice"[^>]*>[^<]*<a href="\/en\/issues\/2\/editorial\/"/);
    }
  });

  it('renders every page again when what pages show besides the text changed: an issue title', () => {
    edit('issues/001/issue.yaml', (t) => t.replace('title: "Training judges across the region"', 'title: "Training judges and prosecutors"'));
    const rebuilt = build();
    expect(rebuilt.restored.filter((path) => !path.endsWith('share.png'))).toEqual([]);
    expect(rebuilt.page('en/issues/1/field-visit/')).toContain('Training judges and prosecutors');
  });
});

describe('a build started from a shell set up for development (NODE_ENV=development, DEV=1)', () => {
  it('still builds the site for publication: drafts left out, each issue linked to its PDF', () => {
    const copy = brokenCopy({});
    copies.push(copy.remove);
    const out = join(copy.root, 'dist');
    const result = runScript('scripts/build.ts', [], buildEnv(copy, out, { QL_SKIP_PDF: '1', NODE_ENV: 'development', DEV: '1' }));
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(out, 'en/issues/1/index.html'))).toBe(true);
    expect(existsSync(join(out, 'en/issues/3'))).toBe(false);
    expect(readFileSync(join(out, 'en/issues/1/index.html'), 'utf8')).toContain('<a href="/en/issues/1/quarterly-letter-1-en.pdf"');
  });
});

describe('two builds of one output folder at once', () => {
  it('the second refuses to start and says why; the first ends with the whole site', async () => {
    const copy = brokenCopy({});
    copies.push(copy.remove);
    const out = join(copy.root, 'dist');
    const env = buildEnv(copy, out, { QL_SKIP_PDF: '1' });
    const first = spawn(process.execPath, ['scripts/build.ts'], { env, stdio: 'ignore' });
    const ended = new Promise<number | null>((resolve) => first.on('close', resolve));
    while (!existsSync(`${out}.staging.lock`)) await new Promise((resolve) => setTimeout(resolve, 20));

    const second = runScript('scripts/build.ts', [], env);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(`Another build (process ${first.pid}) is writing ${out}; wait for it to end, then build again.`);

    expect(await ended).toBe(0);
    expect(readFileSync(join(out, 'en/issues/1/field-visit/index.html'), 'utf8')).toContain('A field visit to Sarajevo');
    expect(existsSync(`${out}.staging.lock`)).toBe(false);
  });
});
