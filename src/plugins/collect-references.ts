import { resolve } from 'node:path';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { relativeImportsIn } from './mdx-esm.ts';
import { isLocal } from './piece-images.ts';
import { linkedPiece } from './piece-links.ts';
import { documentFolder } from './problems.ts';

export interface References {
  /** Files the piece brings in (imported images, Markdown images), as absolute paths. */
  files: string[];
  /** Other pieces it links to, as absolute paths, with the line of the link. */
  pieces: { target: string; line: number | undefined }[];
}

/** Collects what a piece refers to into `references`, for the check command's cross-file checks; runs before links are rewritten. */
export function collectReferences(references: References) {
  return (document: PluginFactoryContext) => {
    const folder = documentFolder(document);
    if (!folder) return undefined;
    return defineMdastPlugin({
      name: 'collect-references',
      options: { position: true },
      mdxjsEsm(node) {
        for (const source of relativeImportsIn(node.value)) references.files.push(resolve(folder, source));
      },
      image(node) {
        if (isLocal(node.url)) references.files.push(resolve(folder, decodeURI(node.url)));
      },
      link(node) {
        const piece = linkedPiece(node.url, folder);
        if (piece) references.pieces.push({ target: piece.target, line: node.position?.start.line });
      },
    });
  };
}
