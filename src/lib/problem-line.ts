import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ContentProblem } from './content-error.ts';
import { parseFieldPath } from './field-path.ts';
import { lineOfField } from './yaml-lines.ts';

/** Archive problems name a field ("contacts[0].contact"): find its line in the file. */
export function withLine(problem: ContentProblem): ContentProblem {
  const path = problem.where ? parseFieldPath(problem.where) : undefined;
  if (!path || problem.line) return problem;
  try {
    const text = readFileSync(problem.file, 'utf8');
    const yamlText = /\.ya?ml$/.test(problem.file) ? text : parseFrontmatter(text).rawFrontmatter;
    return { ...problem, line: lineOfField(yamlText, path) };
  } catch {
    return problem;
  }
}
