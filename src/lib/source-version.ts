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

/**
 * The text of an earlier version, when the file's repository holds it (it was committed at some point),
 * so that a translator can see what changed since the translation was made.
 */
export function sourceAtVersion(version: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['-C', dirname(file), 'cat-file', '-p', version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** What the file's repository knows an id as ("blob", "commit", "tree"), or undefined when it does not know it. */
export function objectKind(id: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['-C', dirname(file), 'cat-file', '-t', id], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
