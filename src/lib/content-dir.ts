import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath, type ContentProblem } from './content-error.ts';

/**
 * Where the archive's content lives. Tests and the benchmark point the build at a fixture or a
 * synthetic archive through QL_CONTENT_DIR; editors never need to set it.
 */
export const CONTENT_DIR = (process.env.QL_CONTENT_DIR ?? './content').replace(/\/$/, '');

/**
 * A content folder without an issues folder is a mistyped path, not an empty archive: building it would
 * publish an empty site over the real one, and checking it would find nothing wrong.
 */
export function missingIssuesFolder(contentDir: string): ContentProblem | undefined {
  const issues = join(contentDir, 'issues');
  if (existsSync(issues)) return undefined;
  return {
    file: shownPath(issues),
    message: 'no such folder: the archive\'s issues are expected here, one folder per issue (001, 002, …); QL_CONTENT_DIR, when set, must name the content folder',
  };
}
