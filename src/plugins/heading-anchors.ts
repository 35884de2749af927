import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { frontmatterProblem } from '../lib/frontmatter-problem.ts';

/** The text a node shows, as a heading's slug is made from it. */
export const textOf = (node: MdastNode): string =>
  'value' in node && typeof node.value === 'string' && node.type !== 'mdxjsEsm' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as MdastNode)).join('') : '';

/** A heading of a piece: its level (2 for ##) and its text. */
export interface HeadingOutline {
  depth: number;
  text: string;
}

/** A heading as an editor writes it, for messages: "## The seminar". */
export const writtenHeading = (heading: HeadingOutline) => `"${'#'.repeat(heading.depth)} ${heading.text}"`;

function collectHeadings(node: MdastNode, into: HeadingOutline[]): HeadingOutline[] {
  if (node.type === 'heading') into.push({ depth: node.depth, text: textOf(node) });
  else if ('children' in node) for (const child of node.children) collectHeadings(child as MdastNode, into);
  return into;
}

/** The headings of a piece's file, in order, or undefined when it cannot be parsed (its own check says why). */
export function headingsOfFile(path: string): HeadingOutline[] | undefined {
  try {
    const source = readFileSync(path, 'utf8');
    if (frontmatterProblem(source)) return undefined;
    const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    return collectHeadings(mdxToMdast(content, { position: false }), []);
  } catch {
    return undefined;
  }
}

/** The ids the site gives a piece's headings (GitHub's slugs, as Astro makes them): the targets of "#anchor" links. */
export function headingAnchorsOfFile(path: string): Set<string> | undefined {
  const slugger = new GithubSlugger();
  const headings = headingsOfFile(path);
  return headings && new Set(headings.map((heading) => slugger.slug(heading.text)));
}
