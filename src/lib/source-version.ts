import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';

/**
 * The version of a source file: its git blob id, computed without git. A translation records the
 * version it was made from; when the English file changes, the ids differ and the translation is outdated.
 */
export function sourceVersion(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** What `git cat-file` says of an id in the repository holding `file`; undefined when it does not know the id (or there is none). */
function catFile(option: '-p' | '-t', id: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['-C', dirname(file), 'cat-file', option, id], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * The text of an earlier version, when the file's repository holds it (it was committed at some point),
 * so that a translator can see what changed since the translation was made.
 */
export const sourceAtVersion = (version: string, file: string) => catFile('-p', version, file);

/**
 * Said of English files whose version a translation records (or is told to record) while their text is not
 * committed: the translation status finds what changed since a version only in the project's history.
 */
export const commitFirstAdvice = (files: readonly string[]) =>
  `Not committed as they are now: ${files.join(', ')}. Commit them before you change them again: once the English changes, the translation status can show what changed only since a version in the project's history.`;

/** Whether the file's repository knows an id as a commit's. */
export const isCommit = (id: string, file: string) => catFile('-t', id, file)?.trim() === 'commit';
