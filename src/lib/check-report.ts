import { relative } from 'node:path';
import type { CheckResult } from './check-content.ts';
import { formatProblem } from './content-error.ts';

/**
 * What the content check says, as `npm run check` prints it and a failed build shows it: one
 * "file:line: what is wrong and what to do" line per problem and how many there are, or that there are none.
 */
export function checkReport({ problems, files }: CheckResult, contentDir: string): string {
  if (problems.length === 0) return `No problems in the ${files} files of ${relative(process.cwd(), contentDir) || '.'}/.`;
  const fileCount = new Set(problems.map((p) => p.file)).size;
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${fileCount} ${fileCount === 1 ? 'file' : 'files'}`;
  return `${problems.map(formatProblem).join('\n')}\n\n${count}. docs/editing.md explains every field and component.`;
}
