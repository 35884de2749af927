import { parse, parseExpressionAt } from 'acorn';
import type { ImportDeclaration, Program } from 'estree';

const parseModule = (code: string) => (parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Program).body;

/**
 * The statements of an MDX file's `import` / `export` block. The native MDX parser keeps the block as text
 * and has already checked its syntax; what it lets through and JavaScript refuses (a name imported twice,
 * which esmProblem reports) still yields the statements its lines hold one by one, so that the photos they
 * import are known.
 */
function statements(esm: string): Program['body'] {
  try {
    return parseModule(esm);
  } catch {
    return esm.split('\n').flatMap((line) => {
      try {
        return parseModule(line);
      } catch {
        return [];
      }
    });
  }
}

/** Why JavaScript refuses a block the MDX parser accepted, with the line within the block; undefined when it does not. */
export function esmProblem(esm: string): { reason: string; line: number } | undefined {
  try {
    parseModule(esm);
    return undefined;
  } catch (error) {
    const { message, loc } = error as { message: string; loc?: { line: number } };
    const name = /^Identifier '(.+)' has already been declared/.exec(message)?.[1];
    const reason = name
      ? `the name "${name}" is given twice in the import lines: give each photo a name of its own (import cover from './cover.jpg';) and write that name in src={…}`
      : `the import lines cannot be read: ${message.replace(/ \(\d+:\d+\)$/, '')}`;
    return { reason, line: loc?.line ?? 1 };
  }
}

/** What the `import … from './…'` lines of an `import` / `export` block bring from beside the piece: their relative paths. */
export const relativeImportsIn = (esm: string): string[] =>
  statements(esm)
    .filter((statement): statement is ImportDeclaration => statement.type === 'ImportDeclaration')
    .map((declaration) => String(declaration.source.value))
    .filter((source) => source.startsWith('.'));

/** Names a block declares (imports, exported constants): they may be used as tags without being editors' components. */
export function namesDeclaredIn(esm: string): string[] {
  const names: string[] = [];
  for (const statement of statements(esm)) {
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
