import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';

let root: string;
let content: string;
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
const run = (script: string, ...args: string[]) => runScript(script, args, { ...process.env, QL_CONTENT_DIR: content });

/** The content in a repository of its own, as a translator's clone would have it. */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ql-translate-'));
  content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  git('init', '-q');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'content');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('starting a translation', () => {
  it('copies the English entry beside its source with the version it starts from', () => {
    const result = run('scripts/translate.ts', '002/local-diagnosis', 'sr-latn');
    expect(result.status).toBe(0);
    const created = readFileSync(join(content, 'issues/002/local-diagnosis.sr-latn.mdx'), 'utf8');
    const english = readFileSync(join(content, 'issues/002/local-diagnosis.mdx'), 'utf8');
    expect(created).toMatch(/^sourceVersion: "[0-9a-f]{40}"$/m);
    // In quotes, so that a translation may hold ": " as French writes it.
    expect(created).toContain('title: "Focus on the first local diagnosis');
    expect(created).not.toMatch(/^kind:/m);
    expect(created.slice(created.lastIndexOf('---'))).toContain(english.slice(english.lastIndexOf('---') + 4, english.lastIndexOf('---') + 200));
  });

  it('never overwrites an existing translation', () => {
    const path = join(content, 'issues/002/local-diagnosis.sr-latn.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('title: "Focus', 'title: "Prevedeno Focus'));
    const before = readFileSync(path, 'utf8');
    const result = run('scripts/translate.ts', '2', 'sr-latn');
    expect(result.status).toBe(0);
    expect(result.output).toContain('exists, left as it is');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('takes the language as the site writes it in addresses or as its language tag', () => {
    const result = run('scripts/translate.ts', '002/projects-overview', 'sr-Cyrl');
    expect(result.status).toBe(0);
    expect(existsSync(join(content, 'issues/002/projects-overview.sr-cyrl.mdx'))).toBe(true);
  });

  it('refuses a language the site does not have', () => {
    const result = run('scripts/translate.ts', '2', 'de');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('"de" is not a language to translate into; expected fr, sr-latn, sr-cyrl');
  });
});

describe('the translation status', () => {
  it('reports up to date, then outdated with what changed in the English, and --strict fails', () => {
    const line = () => {
      const out = run('scripts/translation-status.ts', '--diff').output;
      return out.slice(out.indexOf('issues/002/local-diagnosis.mdx'), out.indexOf('issues/002/projects-overview.mdx'));
    };
    expect(line()).toContain('sr-latn up to date');
    expect(line()).toContain('sr-cyrl up to date, from the other script');
    expect(line()).toContain('fr missing');

    const source = join(content, 'issues/002/local-diagnosis.mdx');
    writeFileSync(source, readFileSync(source, 'utf8').replace(/\n$/, '\n\nA sentence added to the English after the translation.\n'));
    expect(line()).toContain('sr-latn OUTDATED (+2 −0 lines in the English)');
    expect(line()).toContain('+A sentence added to the English after the translation.');

    expect(run('scripts/translation-status.ts').status).toBe(0);
    expect(run('scripts/translation-status.ts', '--strict').status).toBe(1);
    const mistyped = run('scripts/translation-status.ts', '--strickt');
    expect(mistyped.status).toBe(2);
    expect(mistyped.output).toContain('Unknown option --strickt; the options are --diff and --strict.');
  });
});
