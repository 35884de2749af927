import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdx';
import type { ImportDeclaration } from 'estree';

/** The `import … from '…'` lines of an MDX file, with the node that holds each. */
export function importsIn(tree: Root): { declaration: ImportDeclaration; node: MdxjsEsm }[] {
  const imports: { declaration: ImportDeclaration; node: MdxjsEsm }[] = [];
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') imports.push({ declaration: statement, node });
    }
  });
  return imports;
}

/** Names an MDX file declares itself (imports, exports): they may be used as tags without being editors' components. */
export function namesDeclaredIn(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const { declaration } of importsIn(tree)) for (const specifier of declaration.specifiers) names.add(specifier.local.name);
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') {
        for (const declarator of statement.declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
      }
    }
  });
  return names;
}
