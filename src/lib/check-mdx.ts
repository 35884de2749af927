import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkingPlugins } from '../plugins/content-checks.ts';
import { mdxSyntaxProblem, problemsIn } from '../plugins/problems.ts';
import { collectReferences, type References } from '../plugins/collect-references.ts';
import { shownPath, type ContentProblem } from './content-error.ts';
import { frontmatterProblem } from './frontmatter-problem.ts';

/**
 * Compiles one piece as the build does (Astro's native MDX compiler, Sätteri) and returns what is wrong with
 * it, each at its line: MDX syntax, unknown components, wrong attributes, images without text alternative or
 * missing, broken links to pieces and headings. Also returns what the piece refers to, for the checks across files.
 */
export async function checkMdxFile(path: string): Promise<{ problems: ContentProblem[]; references: References; compiled: boolean }> {
  const references: References = { files: [], pieces: [] };
  const shown = shownPath(path);
  let content: string;
  try {
    const source = await readFile(path, 'utf8');
    if (frontmatterProblem(source)) return { problems: [], references, compiled: false }; // the schema check reports it
    // Blanking the front matter keeps every line where the editor sees it.
    content = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    return { problems: [], references, compiled: false }; // unreadable front matter: the schema check reports it
  }
  const compile = path.endsWith('.md') ? markdownToJs : mdxToJs;
  try {
    const { data } = compile(content, { fileURL: pathToFileURL(path), jsxImportSource: 'astro', mdastPlugins: [collectReferences(references), ...checkingPlugins] });
    return { problems: problemsIn(data).map((problem) => ({ file: shown, line: problem.line, message: problem.reason })), references, compiled: true };
  } catch (error) {
    const syntax = mdxSyntaxProblem(error, content);
    if (!syntax) throw error;
    return { problems: [{ file: shown, line: syntax.line, message: syntax.reason }], references, compiled: false };
  }
}
