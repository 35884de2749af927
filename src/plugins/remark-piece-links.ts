import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { headingAnchors, headingAnchorsOfFile } from './heading-anchors.ts';
import { reportProblem, shownPath } from './problems.ts';

/** A link to a piece's file: folder part, file name, optional #anchor. */
export const PIECE_FILE = /^(\.{1,2}\/[^#?]*?)([^/#?]+)\.mdx?(#[^?]*)?$/;

/**
 * Editors link to another piece by its file (`./french-strategy.mdx`, `../012/french-strategy.mdx#a-french-concern`);
 * this turns such links into the piece's page address in the source locale ("/en/issues/10/editorial/"),
 * which the page's link component moves to the reader's locale. A link to a missing file, or to a heading
 * that the piece does not have, is reported at the link's line.
 */
export function remarkPieceLinks() {
  return (tree: Root, file: VFile) => {
    const from = file.path;
    if (!from) return;
    const ownAnchors = headingAnchors(tree);
    visit(tree, 'link', (node) => {
      if (node.url.startsWith('#')) {
        const anchor = decodeURIComponent(node.url.slice(1));
        if (anchor && !ownAnchors.has(anchor)) {
          reportProblem(file, `the link "${node.url}" points to a heading this piece does not have; ${anchorHint(ownAnchors)}`, node);
        }
        return;
      }
      const match = PIECE_FILE.exec(node.url);
      if (!match) return;
      const [, folderPart, name, hash = ''] = match;
      const target = resolve(dirname(from), `${folderPart}${name}.mdx`);
      const existing = [target, target.replace(/\.mdx$/, '.md')].find((path) => existsSync(path));
      if (!existing) {
        reportProblem(
          file,
          `the link "${node.url}" points to a file that does not exist (${shownPath(target)}); link to a piece as ./slug.mdx or ../012/slug.mdx`,
          node,
        );
        return;
      }
      const anchor = decodeURIComponent(hash.slice(1));
      const anchors = anchor ? headingAnchorsOfFile(existing) : undefined;
      if (anchors && !anchors.has(anchor)) {
        reportProblem(file, `the link "${node.url}" points to a heading that ${shownPath(existing)} does not have; ${anchorHint(anchors)}`, node);
      }
      const issueNumber = Number.parseInt(basename(dirname(target)), 10);
      node.url = `/en/issues/${issueNumber}/${name!.replace(/\.[a-z]{2}(-[a-z]{4})?$/, '')}/${hash}`;
    });
  };
}

const anchorHint = (anchors: Set<string>) =>
  anchors.size > 0 ? `its headings are: ${[...anchors].map((a) => `#${a}`).join(', ')}` : 'it has no headings to link to';
