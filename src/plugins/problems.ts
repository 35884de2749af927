import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext, Position } from 'satteri';
import { shownPath } from '../lib/content-error.ts';

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

/** A tag's value in typographic quotes (kind=“sidebar”), as a word processor writes them: MDX reads only straight ones. */
const CURLY_QUOTED_VALUE = /(\w+)=\s*[“”‘’„«»]([^“”‘’„«»]*)[“”‘’„«»]?/;

/**
 * A tag's value in straight quotes that holds straight quotes (title="A "new" start"), where the first one
 * inside ends it: the attribute's name and the value meant, which runs to the quote before the tag's end or its next attribute.
 */
function quotesInValue(line: string): [name: string, value: string] | undefined {
  for (const attribute of line.matchAll(/(\w+)="/g)) {
    const start = attribute.index + attribute[0].length;
    const end = line.slice(start).search(/"(?=\s*\/?>|\s+\w+=)/);
    const value = end < 0 ? '' : line.slice(start, start + end);
    if (value.includes('"') && !/\s\w+="/.test(value)) return [attribute[1]!, value];
  }
  return undefined;
}

/** "seminar-photo" → "seminarPhoto": the name an import can take. */
const camelCase = (name: string) => name.replace(/-+(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * An MDX syntax error as a problem of the editor's file, or undefined for any other error (not the
 * editor's). The compiler words it "21:1: Expected a closing tag for `<Box>` (21:1) (mdx-jsx:…)". From the
 * file's text, a value in curly quotes or holding quotes, or an import's name with a hyphen, on that line is
 * named as the cause, which the compiler's words do not say.
 */
export function mdxSyntaxProblem(error: unknown, source: string): Problem | undefined {
  const syntax = /^(\d+):(\d+): (.*?)(?: \([\w-]+:[\w-]+\))*$/s.exec(error instanceof Error ? error.message : '');
  if (!syntax) return undefined;
  const line = Number(syntax[1]);
  const cause = causeOnLine(source.split(/\r?\n/)[line - 1] ?? '');
  return { line, column: Number(syntax[2]), reason: `MDX syntax error: ${cause ?? `${syntax[3]!.replace(/\.?$/, '')}; ${SYNTAX_HINT}`}` };
}

/** What an editor wrote on the line of a syntax error that MDX cannot read, in words, when it is a usual slip. */
function causeOnLine(text: string): string | undefined {
  const hyphenated = /^\s*import\s+([A-Za-z_$][\w$]*(?:-[\w$]+)+)\s+from\b/.exec(text)?.[1];
  if (hyphenated) return `the name "${hyphenated}" cannot hold a hyphen: write it ${camelCase(hyphenated)}, here and where it is used ({${camelCase(hyphenated)}})`;
  const curly = CURLY_QUOTED_VALUE.exec(text);
  if (curly) return `${curly[0]} is in curly quotes, which MDX does not read: write ${curly[1]}="${curly[2]}" with straight quotes (")`;
  const quoted = quotesInValue(text);
  if (quoted) {
    const [name, value] = quoted;
    return `the value of ${name} holds a ", which ends it: write the quotes inside as typographic ones, ${name}="${value.replace(/"([^"]*)"/g, '“$1”')}", or the value in single quotes, ${name}='${value}'`;
  }
  return undefined;
}
