import { dirname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { importsIn } from './mdx-esm.ts';
import { isLocal } from './remark-images.ts';
import { PIECE_FILE } from './remark-piece-links.ts';

export interface References {
  /** Files the piece brings in (imported images, Markdown images), as absolute paths. */
  files: string[];
  /** Other pieces it links to, as absolute paths, with the line of the link. */
  pieces: { target: string; line: number | undefined }[];
}

/** Collects what a piece refers to, for the check command's cross-file checks; runs before links are rewritten. */
export function remarkCollectReferences(references: References) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const folder = dirname(file.path);
    for (const { declaration } of importsIn(tree)) {
      const source = String(declaration.source.value);
      if (source.startsWith('.')) references.files.push(resolve(folder, source));
    }
    visit(tree, 'image', (node) => {
      if (isLocal(node.url)) references.files.push(resolve(folder, decodeURI(node.url)));
    });
    visit(tree, 'link', (node) => {
      const match = PIECE_FILE.exec(node.url);
      if (match) references.pieces.push({ target: resolve(folder, `${match[1]}${match[2]}.mdx`), line: node.position?.start.line });
    });
  };
}
