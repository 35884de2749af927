import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { missingImage } from '../lib/image-fields.ts';
import { relativeImportsIn } from './mdx-esm.ts';
import { documentFolder, reportProblem } from './problems.ts';

export const isLocal = (url: string) => !/^[a-z]+:|^\//i.test(url);

/**
 * Checks the files a piece brings in: every `import … from './photo.jpg'` and every Markdown image
 * `![…](./photo.jpg)` must name a file that exists beside the piece, and a Markdown image needs its
 * text alternative. Problems are reported at their line.
 */
export function pieceImages(document: PluginFactoryContext) {
  const folder = documentFolder(document);
  if (!folder) return undefined;
  return defineMdastPlugin({
    name: 'piece-images',
    options: { position: true },
    mdxjsEsm(node, ctx) {
      for (const source of relativeImportsIn(node.value)) {
        const problem = missingImage(source, folder);
        if (problem) reportProblem(ctx, problem, node);
      }
    },
    image(node, ctx) {
      if (!node.alt?.trim()) {
        reportProblem(ctx, `the image "${node.url}" has no text alternative: describe it between the brackets, ![A description](${node.url}), or use <Figure> (see docs/editing.md)`, node);
      }
      const problem = isLocal(node.url) ? missingImage(decodeURI(node.url), folder) : undefined;
      if (problem) reportProblem(ctx, problem, node);
    },
  });
}
