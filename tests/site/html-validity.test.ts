import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allPages, siteDir } from '../support/site.ts';

/** vnu.jar from npm, run with the system's Java (installed by scripts/system-deps.sh, never downloaded by the package). */
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no error on any built page', async () => {
    expect((await allPages()).length).toBeGreaterThan(100);
    // One run over the whole output folder: starting Java once per page would take minutes.
    const run = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', siteDir()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java could not be started: run scripts/system-deps.sh').toBeUndefined();
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(`file:${siteDir()}`, '')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
    expect(errors).toEqual([]);
  });
});
