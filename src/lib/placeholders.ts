import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath, type ContentProblem } from './content-error.ts';
import { PLACEHOLDER } from './new-issue.ts';

const TEXT_FILE = /\.(mdx?|ya?ml)$/;
const MARK = new RegExp(`\\b${PLACEHOLDER}\\b`);

/**
 * Text still to be written (the new-issue scaffold's "TODO"s) in the issues of `folders`: one problem per
 * line. Only issues that are scheduled or published are given here; a draft may hold placeholders.
 */
export function placeholderProblems(contentDir: string, folders: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const folder of folders) {
    const dir = join(contentDir, 'issues', folder);
    for (const name of readdirSync(dir).filter((n) => TEXT_FILE.test(n)).sort()) {
      const file = shownPath(join(dir, name));
      readFileSync(join(dir, name), 'utf8').split('\n').forEach((text, index) => {
        if (MARK.test(text)) {
          problems.push({ file, line: index + 1, message: `still holds a placeholder to write ("${text.trim().slice(0, 60)}"); an issue that is scheduled or published must have none (or set status: draft)` });
        }
      });
    }
  }
  return problems;
}
