import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The ids the site gives headings, in order (GitHub's slugs, as Astro makes them): the targets of "#anchor" links. */
export function anchorMaker(): (headingText: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

const textOf = (node: MdastNode): string =>
  'value' in node && typeof node.value === 'string' && node.type !== 'mdxjsEsm' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as MdastNode)).join('') : '';

function collectHeadings(node: MdastNode, anchor: (text: string) => string, into: Set<string>): Set<string> {
  if (node.type === 'heading') into.add(anchor(textOf(node)));
  else if ('children' in node) for (const child of node.children) collectHeadings(child as MdastNode, anchor, into);
  return into;
}

/** The heading anchors of another piece's file, or undefined when it cannot be parsed (its own check says why). */
export function headingAnchorsOfFile(path: string): Set<string> | undefined {
  try {
    const { content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
    return collectHeadings(mdxToMdast(content, { position: false }), anchorMaker(), new Set());
  } catch {
    return undefined;
  }
}
