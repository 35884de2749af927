import { relative } from 'node:path';

/** One thing wrong in the content, said so that an editor can find and fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project. */
  file: string;
  /** The line at fault (1-based), when known. */
  line?: number | undefined;
  /** The field at fault, e.g. "pieces[2]". */
  where?: string | undefined;
  /** What is wrong and what is expected. */
  message: string;
  /**
   * The entry whose absence this problem reports ("contacts/caroline-charpentier", "pieces/012/french-strategy"):
   * when that entry's file exists but failed its schema, the check reports the schema problem instead.
   */
  missing?: string | undefined;
}

/** A content file's path as the editor knows it: relative to the project. */
export const shownPath = (path: string) => relative(process.cwd(), path);

/** "file:line: field: message", the form editors' tools turn into a link to the line. */
export function formatProblem({ file, line, where, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''}: ${where ? `${where}: ` : ''}${message}`;
}

/**
 * Raised when the archive is inconsistent; its message lists every problem, one per line. It is the
 * content's error, not the code's: the preview frames the first problem's file at its line, where a stack
 * into the project's code would only mislead.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  readonly loc: { file: string; line: number; column: number } | undefined;
  constructor(problems: ContentProblem[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`The content has ${problems.length} ${noun}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    const first = problems[0];
    this.loc = first && { file: first.file, line: first.line ?? 1, column: 1 };
    this.stack = `${this.name}: ${this.message}`;
  }
}
