import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/** The ids the site gives a piece's headings (GitHub's slugs, as Astro makes them): the targets of "#anchor" links. */
export function headingAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, 'heading', (heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}

const parser = createProcessor({ format: 'mdx' });

/** The heading anchors of another piece's file, or undefined when it cannot be parsed (its own check says why). */
export function headingAnchorsOfFile(path: string): Set<string> | undefined {
  try {
    const { content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
    return headingAnchors(parser.parse(content));
  } catch {
    return undefined;
  }
}
