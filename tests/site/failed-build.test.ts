import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ql-failed-build-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Builds a copy of the content with one file edited, over an output folder that already holds a good site. */
function buildBroken(name: string, file: string, edit: (text: string) => string) {
  const content = join(root, name, 'content');
  const out = join(root, name, 'dist');
  cpSync('content', content, { recursive: true });
  writeFileSync(join(content, file), edit(readFileSync(join(content, file), 'utf8')));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'the previous good site');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, QL_CONTENT_DIR: content, QL_OUT_DIR: out, QL_CACHE_DIR: join(root, name, 'cache') },
    encoding: 'utf8',
  });
  return { ...result, output: `${result.stdout}\n${result.stderr}`, out };
}

function expectPreviousSiteKept(out: string) {
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous good site');
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(readdirSync(join(out, '..')).filter((name) => name.startsWith('dist.'))).toEqual([]);
}

describe('a build with a broken entry', () => {
  it('exits non-zero on a dangling reference, names file, field and value, and keeps the previous site', () => {
    const build = buildBroken('reference', 'issues/012/issue.yaml', (t) => t.replace('contact: caroline-charpentier', 'contact: caroline-charpantier'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('issues/012/issue.yaml: contacts[0].contact: unknown contact "caroline-charpantier"');
    expectPreviousSiteKept(build.out);
  });

  it('exits non-zero on a schema error, names file and field, and keeps the previous site', () => {
    const build = buildBroken('schema', 'issues/010/issue.yaml', (t) => t.replace(/^date: .*$/m, 'date: "July 2018"'));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/issues\/010\/issue\.yaml/);
    expect(build.output).toMatch(/date\*?\*?: expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
    expectPreviousSiteKept(build.out);
    expect(existsSync(join(build.out, 'en'))).toBe(false);
  });
});
