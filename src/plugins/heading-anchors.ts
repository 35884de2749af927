import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const textOf = (node: MdastNode): string =>
  'value' in node && typeof node.value === 'string' && node.type !== 'mdxjsEsm' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as MdastNode)).join('') : '';

/** The ids the site gives a piece's headings (GitHub's slugs, as Astro makes them): the targets of "#anchor" links. */
function collectHeadings(node: MdastNode, slugger: GithubSlugger, into: Set<string>): Set<string> {
  if (node.type === 'heading') into.add(slugger.slug(textOf(node)));
  else if ('children' in node) for (const child of node.children) collectHeadings(child as MdastNode, slugger, into);
  return into;
}

/** The heading anchors of a piece's file, or undefined when it cannot be parsed (its own check says why). */
export function headingAnchorsOfFile(path: string): Set<string> | undefined {
  try {
    const { content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
    return collectHeadings(mdxToMdast(content, { position: false }), new GithubSlugger(), new Set());
  } catch {
    return undefined;
  }
}
