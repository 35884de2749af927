import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, siteDir } from '../support/site.ts';
import { fixture, OUTDATED_TRANSLATION_PAGES } from '../support/fixture-site.ts';

/** vnu.jar from npm, run with the system's Java (installed by scripts/system-deps.sh, never downloaded by the package). */
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** vnu's errors in the given files or folders (Java started once for all), each as "/path:line: message [extract]", the path from `root`. */
function vnuErrors(root: string, targets: string[]): string[] {
  const run = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', ...targets], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.error, 'java could not be started: run scripts/system-deps.sh').toBeUndefined();
  const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(`file:${root}`, '')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no error on any built page', async () => {
    expect((await allPages()).length).toBeGreaterThan(100);
    // One run over the whole output folder: starting Java once per page would take minutes.
    expect(vnuErrors(siteDir(), [siteDir()])).toEqual([]);
  });

  it('finds no error in the notice of an outdated translation, which the archive has none of (the fixture\'s N° 2)', () => {
    const { siteDir: fixtureDir } = fixture();
    const pages = OUTDATED_TRANSLATION_PAGES.map((path) => join(fixtureDir, path, 'index.html'));
    for (const file of pages) expect(readFileSync(file, 'utf8'), file).toContain('class="outdated-notice"');
    expect(vnuErrors(fixtureDir, pages)).toEqual([]);
  });
});
