import { parse, parseExpressionAt } from 'acorn';
import type { ImportDeclaration, Program } from 'estree';

const parseModule = (code: string) => (parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Program).body;

interface ReadBlock {
  statements: Program['body'];
  /** Why JavaScript refuses the block, with the line within it. */
  problem?: { reason: string; line: number };
}

/** The block read last: the plugins run over one file in turn, each asking about the same block. */
let last: { esm: string; read: ReadBlock } | undefined;

/**
 * An MDX file's `import` / `export` block, read once for every plugin. The native MDX parser keeps the block
 * as text and has already checked its syntax; what it lets through and JavaScript refuses (a name imported
 * twice) still yields the statements its lines hold one by one, so that the photos they import are known.
 */
function readBlock(esm: string): ReadBlock {
  if (last?.esm === esm) return last.read;
  let read: ReadBlock;
  try {
    read = { statements: parseModule(esm) };
  } catch (error) {
    const { message, loc } = error as { message: string; loc?: { line: number } };
    const name = /^Identifier '(.+)' has already been declared/.exec(message)?.[1];
    const reason = name
      ? `the name "${name}" is given twice in the import lines: give each photo a name of its own (import cover from './cover.jpg';) and write that name in src={…}`
      : `the import lines cannot be read: ${message.replace(/ \(\d+:\d+\)$/, '')}`;
    const statements = esm.split('\n').flatMap((line) => {
      try {
        return parseModule(line);
      } catch {
        return [];
      }
    });
    read = { statements, problem: { reason, line: loc?.line ?? 1 } };
  }
  last = { esm, read };
  return read;
}

/** Why JavaScript refuses a block the MDX parser accepted, with the line within the block; undefined when it does not. */
export const esmProblem = (esm: string) => readBlock(esm).problem;

/** What the `import … from './…'` lines of an `import` / `export` block bring from beside the piece: their relative paths. */
export const relativeImportsIn = (esm: string): string[] =>
  readBlock(esm)
    .statements.filter((statement): statement is ImportDeclaration => statement.type === 'ImportDeclaration')
    .map((declaration) => String(declaration.source.value))
    .filter((source) => source.startsWith('.'));

/** Names a block declares (imports, exported constants): they may be used as tags without being editors' components. */
export function namesDeclaredIn(esm: string): string[] {
  const names: string[] = [];
  for (const statement of readBlock(esm).statements) {
    if (statement.type === 'ImportDeclaration') names.push(...statement.specifiers.map((specifier) => specifier.local.name));
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') {
      for (const declarator of statement.declaration.declarations) if (declarator.id.type === 'Identifier') names.push(declarator.id.name);
    }
  }
  return names;
}

/** Names an expression reads (`seminar` in `{seminar}`, `photos` in `{photos.cover}`); none when it is not plain JavaScript, or only a comment. */
export function namesReadIn(expression: string): string[] {
  let tree: unknown;
  try {
    tree = parseExpressionAt(expression, 0, { ecmaVersion: 'latest' });
  } catch {
    return [];
  }
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type } = node as { type?: unknown };
    if (type === 'Identifier') return void names.push((node as { name: string }).name);
    // A function declares names of its own: beyond what editors write, and not judged.
    if (type === 'ArrowFunctionExpression' || type === 'FunctionExpression') return;
    for (const [key, value] of Object.entries(node)) {
      const computed = (node as { computed?: boolean }).computed;
      if (!computed && ((type === 'MemberExpression' && key === 'property') || (type === 'Property' && key === 'key'))) continue;
      visit(value);
    }
  };
  visit(tree);
  return names;
}
