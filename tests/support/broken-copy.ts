import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** A change to one file of a content folder: a function of its text, the whole new text or bytes, or null to remove it. */
export type Edits = Record<string, ((text: string) => string) | string | Uint8Array | null>;

/**
 * A copy of a content folder (the fixture archive by default) with some files changed as an editor
 * might have; `shown(text)` writes the copy's paths as an editor sees them in the project: content/….
 */
export function brokenCopy(edits: Edits, from = 'tests/fixtures/archive') {
  const root = mkdtempSync(join(tmpdir(), 'ql-broken-'));
  const dir = join(root, 'content');
  cpSync(from, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (edit === null) {
      rmSync(path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof edit === 'function' ? edit(readFileSync(path, 'utf8')) : edit);
  }
  const prefix = relative(process.cwd(), dir);
  return {
    root,
    dir,
    shown: (text: string) => text.split(prefix).join('content').split(dir).join('content'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
