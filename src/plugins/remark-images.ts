import { dirname } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { missingImage } from '../lib/image-fields.ts';
import { importsIn } from './mdx-esm.ts';
import { reportProblem } from './problems.ts';

export const isLocal = (url: string) => !/^[a-z]+:|^\//i.test(url);

/**
 * Checks the files a piece brings in: every `import … from './photo.jpg'` and every Markdown image
 * `![…](./photo.jpg)` must name a file that exists beside the piece, and a Markdown image needs its
 * text alternative. Problems are reported at their line.
 */
export function remarkImages() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const folder = dirname(file.path);
    for (const { declaration, node } of importsIn(tree)) {
      const source = String(declaration.source.value);
      const problem = source.startsWith('.') ? missingImage(source, folder) : undefined;
      if (problem) reportProblem(file, problem, node);
    }
    visit(tree, 'image', (node) => {
      if (!node.alt?.trim()) {
        reportProblem(file, `the image "${node.url}" has no text alternative: describe it between the brackets, ![A description](${node.url}), or use <Figure> (see docs/editing.md)`, node);
      }
      const problem = isLocal(node.url) ? missingImage(decodeURI(node.url), folder) : undefined;
      if (problem) reportProblem(file, problem, node);
    });
  };
}
