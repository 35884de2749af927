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
    // A draft until the translator says it is done: readers keep the English meanwhile.
    expect(created).toMatch(/^draft: true$/m);
    // In quotes, so that a translation may hold ": " as French writes it.
    expect(created).toContain('title: "The first local diagnosis');
    expect(created).not.toMatch(/^kind:/m);
    expect(created.slice(created.lastIndexOf('---'))).toContain(english.slice(english.lastIndexOf('---') + 4, english.lastIndexOf('---') + 200));
  });

  it('says when the English file is not committed as it is, since the status could not show later what changed in it', () => {
    expect(run('scripts/translate.ts', '001/word-from-bulgaria', 'fr').output).not.toContain('Not committed');
    const english = join(content, 'issues/001/word-from-bosnia-herzegovina.mdx');
    writeFileSync(english, `${readFileSync(english, 'utf8')}\nA paragraph added since the last commit.\n`);
    const result = run('scripts/translate.ts', '001/word-from-bosnia-herzegovina', 'fr');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/Not committed as they are now: \S*content\/issues\/001\/word-from-bosnia-herzegovina\.mdx\. Commit them before you change them again/);
  });

  it('never overwrites an existing translation', () => {
    const path = join(content, 'issues/002/local-diagnosis.sr-latn.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('title: "Focus', 'title: "Prevedeno Focus'));
    const before = readFileSync(path, 'utf8');
    const result = run('scripts/translate.ts', '2', 'sr-latn');
    expect(result.status).toBe(0);
    expect(result.output).toContain('exists, left as it is');
    expect(readFileSync(path, 'utf8')).toBe(before);
    // Asked again, every file is there.
    expect(run('scripts/translate.ts', '2', 'sr-latn').output).toContain('No translation file created: every one asked for is already there (see above); edit it where it is.');
  });

  it('takes the language as the site writes it in addresses or as its language tag', () => {
    const result = run('scripts/translate.ts', '005/belgrade-trip', 'sr-Cyrl');
    expect(result.status).toBe(0);
    expect(existsSync(join(content, 'issues/005/belgrade-trip.sr-cyrl.mdx'))).toBe(true);
  });

  it('writes Serbian once: no Cyrillic file beside a Latin one, and the check refuses the two', () => {
    const cyrillic = join(content, 'issues/002/local-diagnosis.sr-cyrl.mdx');
    const result = run('scripts/translate.ts', '002/local-diagnosis', 'sr-cyrl');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/not created: the Serbian of \S*content\/issues\/002\/local-diagnosis\.mdx is written in \S*content\/issues\/002\/local-diagnosis\.sr-latn\.mdx/);
    expect(existsSync(cyrillic)).toBe(false);

    writeFileSync(cyrillic, readFileSync(join(content, 'issues/002/local-diagnosis.sr-latn.mdx'), 'utf8'));
    try {
      const check = run('scripts/check.ts');
      expect(check.status).toBe(1);
      expect(check.output).toMatch(/local-diagnosis\.sr-(cyrl|latn)\.mdx: translates "002\/local-diagnosis" into Serbian, as .*local-diagnosis\.sr-(latn|cyrl)\.mdx already does/);
    } finally {
      rmSync(cyrillic);
    }
  });

  it('refuses a language the site does not have', () => {
    const result = run('scripts/translate.ts', '2', 'de');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('"de" is not a language to translate into; expected fr, sr-latn, sr-cyrl');
  });
});

describe('the translation status', () => {
  it('follows a translation from draft to up to date, then outdated with what changed in the English and the version to record, and --strict fails until it is done', () => {
    const line = () => {
      const out = run('scripts/translation-status.ts', '--diff').output;
      return out.slice(out.indexOf('issues/002/local-diagnosis.mdx'), out.indexOf('issues/002/projects-overview.mdx'));
    };
    const translation = join(content, 'issues/002/local-diagnosis.sr-latn.mdx');
    expect(line()).toContain('sr-latn being translated (draft: true; readers get the English)');
    expect(line()).toContain('sr-cyrl being translated (draft: true; readers get the English), from the other script');
    expect(line()).toContain('fr missing');
    expect(run('scripts/translation-status.ts', '--strict').status).toBe(1);

    writeFileSync(translation, readFileSync(translation, 'utf8').replace(/^draft: true\n/m, ''));
    expect(line()).toContain('sr-latn up to date');
    expect(line()).toContain('sr-cyrl up to date, from the other script');

    const source = join(content, 'issues/002/local-diagnosis.mdx');
    writeFileSync(source, readFileSync(source, 'utf8').replace(/\n$/, '\n\nA sentence added to the English after the translation.\n'));
    expect(line()).toContain('sr-latn OUTDATED (+2 −0 lines in the English)');
    expect(line()).toContain('+A sentence added to the English after the translation.');
    const version = execFileSync('git', ['hash-object', source], { encoding: 'utf8' }).trim();
    expect(line()).toMatch(new RegExp(`once \\S*issues/002/local-diagnosis\\.sr-latn\\.mdx says what the English says now, set its sourceVersion to "${version}"`));
    // The version to record is of a text not yet committed: later, the status could not show what changed since.
    expect(run('scripts/translation-status.ts').output).toMatch(/Not committed as they are now: \S*content\/issues\/002\/local-diagnosis\.mdx\. Commit them before you change them again/);

    expect(run('scripts/translation-status.ts').status).toBe(0);
    expect(run('scripts/translation-status.ts', '--strict').status).toBe(1);
    writeFileSync(translation, readFileSync(translation, 'utf8').replace(/^sourceVersion: "[0-9a-f]{40}"$/m, `sourceVersion: "${version}"`));
    expect(line()).toContain('sr-latn up to date');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qam', 'English and translation updated');
    expect(run('scripts/translation-status.ts').output).not.toContain('Not committed');

    // An editor's note added to the English, in its front matter and its text, changes nothing readers get.
    writeFileSync(source, readFileSync(source, 'utf8').replace(/^title: /m, '# Checked against the printed letter.\ntitle: ').replace(/\n$/, '\n\n{/* The sentence above is the letter\'s own. */}\n'));
    expect(line()).toContain('sr-latn up to date');
    // Text added beside such a note does.
    writeFileSync(source, readFileSync(source, 'utf8').replace(/\n$/, '\nAnother sentence.\n'));
    expect(line()).toContain('sr-latn OUTDATED');
    const mistyped = run('scripts/translation-status.ts', '--strickt');
    expect(mistyped.status).toBe(2);
    expect(mistyped.output).toContain('Unknown option --strickt; the options are --diff and --strict, an issue\'s number (12) and a language (fr, sr-latn, sr-cyrl).');
  });

  it('shows one issue (its texts and its contacts) and one language when asked, and --strict judges only those', () => {
    const report = run('scripts/translation-status.ts', '12', 'fr');
    expect(report.status).toBe(0);
    const files = report.output.match(/^\S+$/gm) ?? [];
    expect(files.length).toBeGreaterThan(5);
    expect(files.every((file) => /issues\/012\/|contacts\/(caroline-charpentier|permanent-mission-osce|permanent-mission-un-vienna)\.yaml$/.test(file))).toBe(true);
    expect(report.output).not.toMatch(/sr-latn|sr-cyrl/);
    // Issue 12 is translated into French in full, unlike the archive.
    expect(run('scripts/translation-status.ts', '12', 'fr', '--strict').status).toBe(0);
    expect(run('scripts/translation-status.ts', '5', '--strict').status).toBe(1);
    expect(run('scripts/translation-status.ts', '99').output).toContain('There is no issue N° 99.');
  });
});
