/** One thing wrong in the content, said so that an editor can find and fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project. */
  file: string;
  /** The field (or line) at fault, e.g. "pieces[2]" or "line 14". */
  where?: string | undefined;
  /** What is wrong and what is expected. */
  message: string;
}

export function formatProblem({ file, where, message }: ContentProblem): string {
  return where ? `${file}: ${where}: ${message}` : `${file}: ${message}`;
}

/** Raised when the archive is inconsistent; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`The content has ${problems.length} ${noun}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
