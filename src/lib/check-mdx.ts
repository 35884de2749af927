import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { checkingRemarkPlugins } from '../plugins/content-checks.ts';
import { problemsIn } from '../plugins/problems.ts';
import { remarkCollectReferences, type References } from '../plugins/remark-collect-references.ts';
import type { ContentProblem } from './content-error.ts';

const SYNTAX_HINT = 'check that every <Tag> has its </Tag> (or is written <Tag />) and that a { or < meant as text is written \\{ or &lt;';

/**
 * Compiles one piece as the build does and returns what is wrong with it, each at its line: MDX syntax,
 * unknown components, wrong attributes, images without text alternative or missing, broken links to
 * pieces and headings. Also returns what the piece refers to, for the checks across files.
 */
export async function checkMdxFile(path: string): Promise<{ problems: ContentProblem[]; references: References; compiled: boolean }> {
  const references: References = { files: [], pieces: [] };
  const shown = relative(process.cwd(), path);
  let content: string;
  try {
    // Blanking the front matter keeps every line where the editor sees it.
    content = parseFrontmatter(await readFile(path, 'utf8'), { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    return { problems: [], references, compiled: false }; // unreadable front matter: the schema check reports it
  }
  const file = new VFile({ path, value: content });
  try {
    await compile(file, {
      format: path.endsWith('.md') ? 'md' : 'mdx',
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      remarkPlugins: [[remarkCollectReferences, references], ...checkingRemarkPlugins],
    });
  } catch (error) {
    // The MDX parser reports syntax errors as messages with a position; anything else is not the editor's.
    const { line, reason } = error as { line?: number; reason?: string };
    if (reason === undefined) throw error;
    // Some of them give the position only inside the text: "Expected a closing tag for `<Box>` (21:1-21:23)".
    const at = line ?? (Number(/\((\d+):\d+/.exec(reason)?.[1]) || undefined);
    return { problems: [{ file: shown, line: at, message: `MDX syntax error: ${reason.replace(/\.?$/, '')}; ${SYNTAX_HINT}` }], references, compiled: false };
  }
  return {
    problems: problemsIn(file).map((message) => ({ file: shown, line: message.line, message: message.reason })),
    references,
    compiled: true,
  };
}
