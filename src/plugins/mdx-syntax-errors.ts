import type { satteri } from '@astrojs/markdown-satteri';
import { mdxSyntaxProblem, problemsError } from './problems.ts';

type Processor = ReturnType<typeof satteri>;

/**
 * The build's MDX processor, whose syntax errors read as the check command words them
 * ("content/issues/012/piece.mdx:21: MDX syntax error: <Box> is opened here and never closed: end it with </Box>…")
 * rather than as the compiler does ("21:1: Expected a closing tag for `<Box>` (21:1) (mdx-jsx:…)").
 * Other errors, the content checks' among them, pass as they are.
 */
export function withEditorSyntaxErrors(processor: Processor): Processor {
  const { createMdxRenderer } = processor;
  if (!createMdxRenderer) return processor;
  return {
    ...processor,
    async createMdxRenderer(shared, mdx) {
      const renderer = await createMdxRenderer.call(processor, shared, mdx);
      return {
        async process(content, filePath, frontmatter) {
          try {
            return await renderer.process(content, filePath, frontmatter);
          } catch (error) {
            const problem = mdxSyntaxProblem(error, content);
            throw problem ? problemsError(filePath, [problem]) : error;
          }
        },
      };
    },
  };
}
