import type { VFile } from 'vfile';
import { problemsIn, shownPath } from './problems.ts';

/**
 * The last remark plugin of the build: stops it on the problems the checks before it found in a file,
 * all of them at once, one line each (file:line: what is wrong). The check command runs the same checks
 * without this plugin and collects the problems instead.
 */
export function remarkReportProblems() {
  return (_tree: unknown, file: VFile) => {
    const problems = problemsIn(file).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (problems.length === 0) return;
    const shown = shownPath(file.path);
    const error = new Error(problems.map((p) => `${shown}${p.line ? `:${p.line}` : ''}: ${p.reason}`).join('\n'));
    // Astro reads the position of an MDX error from these.
    Object.assign(error, { line: problems[0]!.line, column: problems[0]!.column });
    throw error;
  };
}
