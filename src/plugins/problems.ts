import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext, Position } from 'satteri';

/** A problem in an editor's file, at the line the editor sees. */
export interface Problem {
  reason: string;
  line?: number | undefined;
  column?: number | undefined;
}

declare module 'satteri' {
  interface DataMap {
    /** What the content checks found in the document being compiled. */
    problems: Problem[];
  }
}

/** Records a problem in the document being compiled, at the node that shows it. */
export function reportProblem(ctx: MdastVisitorContext, reason: string, node?: { position?: Position | undefined }): void {
  (ctx.data.problems ??= []).push({ reason, line: node?.position?.start.line, column: node?.position?.start.column });
}

/** The problems recorded so far, in the order of the file. */
export const problemsIn = (data: { problems?: Problem[] | undefined }): Problem[] => [...(data.problems ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/** The path of the document being compiled, or undefined when it has none (a string compiled on its own). */
export const documentPath = (ctx: { fileURL: URL | undefined }) => (ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);

/** A content file's path as the editor knows it: relative to the project. */
export const shownPath = (path: string) => relative(process.cwd(), path);
