import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const PIECE_FILE = /^(\.{1,2}\/[^#?]*?)([^/#?]+)\.mdx?(#[^?]*)?$/;

/**
 * Editors link to another piece by its file (`./french-strategy.mdx`, `../010/editorial.mdx#contacts`);
 * this turns such links into the piece's page address in the source locale ("/en/issues/10/editorial/"),
 * which the page's link component moves to the reader's locale. A link to a missing file fails the build.
 */
export function remarkPieceLinks() {
  return (tree: Root, file: VFile) => {
    const from = file.path;
    if (!from) return;
    visit(tree, 'link', (node) => {
      const match = PIECE_FILE.exec(node.url);
      if (!match) return;
      const [, folderPart, name, hash = ''] = match;
      const target = resolve(dirname(from), `${folderPart}${name}.mdx`);
      if (!existsSync(target) && !existsSync(target.replace(/\.mdx$/, '.md'))) {
        const line = node.position?.start.line;
        throw new Error(
          `${relative(process.cwd(), from)}${line ? `:${line}` : ''}: the link "${node.url}" points to a file that does not exist (${relative(process.cwd(), target)}); link to a piece as ./slug.mdx or ../012/slug.mdx`,
        );
      }
      const issueFolder = basename(dirname(target));
      const issueNumber = Number.parseInt(issueFolder, 10);
      node.url = `/en/issues/${issueNumber}/${name!.replace(/\.[a-z]{2}(-[a-z]{4})?$/, '')}/${hash}`;
    });
  };
}
