import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext, Position } from 'satteri';
import { shownPath } from '../lib/content-error.ts';
import { syntaxErrorCause } from './mdx-syntax-causes.ts';

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

/** A place to report a problem on one line of a node that spans several (a text, an import block). */
export const atLine = (line: number): { position: Position } => ({ position: { start: { line, column: 1 }, end: { line, column: 1 } } });

/** The problems recorded so far, in the order of the file. */
export const problemsIn = (data: { problems?: Problem[] | undefined }): Problem[] => [...(data.problems ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/** The path of the document being compiled, or undefined when it has none (a string compiled on its own). */
export const documentPath = (ctx: { fileURL: URL | undefined }) => (ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);

/** The folder of the document being compiled, where the files it names are looked for; undefined as above. */
export const documentFolder = (ctx: { fileURL: URL | undefined }) => {
  const path = documentPath(ctx);
  return path && dirname(path);
};

/**
 * The error that stops the build on the problems of one file: one line each (file:line: what is wrong),
 * carrying the first one's position, which Astro shows under it.
 */
export function problemsError(path: string, problems: Problem[]): Error {
  const shown = shownPath(path);
  const error = new Error(problems.map((p) => `${shown}${p.line ? `:${p.line}` : ''}: ${p.reason}`).join('\n'));
  return Object.assign(error, { line: problems[0]?.line, column: problems[0]?.column });
}

const SYNTAX_HINT = 'check that every <Tag> has its </Tag> (or is written <Tag />) and that a { or < meant as text is written \\{ or &lt;';

/**
 * An MDX syntax error as a problem of the editor's file, or undefined for any other error (not the
 * editor's). The compiler words it "21:1: Expected a closing tag for `<Box>` (21:1) (mdx-jsx:…)". Where the
 * line shows a usual slip (a value in curly quotes, an HTML comment, a < or braces meant as text, a tag not closed…), that slip is
 * named as the cause, with what to write instead, which the compiler's words do not say.
 */
export function mdxSyntaxProblem(error: unknown, source: string): Problem | undefined {
  const syntax = /^(\d+):(\d+): (.*?)(?: \([\w-]+:[\w-]+\))*$/s.exec(error instanceof Error ? error.message : '');
  if (!syntax) return undefined;
  const [line, column, words] = [Number(syntax[1]), Number(syntax[2]), syntax[3]!];
  const cause = syntaxErrorCause({ words, text: source.split(/\r?\n/)[line - 1] ?? '', column });
  return { line, column, reason: `MDX syntax error: ${cause ?? `${words.replace(/\.?$/, '')}; ${SYNTAX_HINT}`}` };
}
