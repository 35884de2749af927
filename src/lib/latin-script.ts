import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { shownPath, type ContentProblem } from './content-error.ts';

/** A word with Cyrillic letters in it. */
const CYRILLIC_WORD = /[\p{L}\p{M}-]*\p{Script=Cyrillic}[\p{L}\p{M}-]*/u;
/** What may hold any script: a name kept as written, an MDX comment. */
const ANY_SCRIPT = /<Foreign\b[^>]*>[^<]*<\/Foreign>|\{\/\*.*?\*\/\}/g;
/** A YAML comment line (in a YAML file or a piece's front matter; in a piece's text, # opens a heading). */
const YAML_COMMENT = /^\s*#/;

/**
 * Serbian is written once, in Latin script (`.sr-latn`), and the build makes the Cyrillic pages from it: a
 * Cyrillic word in such a file would be published in Cyrillic on the Latin pages. One problem per line.
 */
export async function cyrillicInLatinProblems(contentDir: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const name of (await glob('**/*.sr-latn.{md,mdx,yaml,yml}', { cwd: contentDir })).sort()) {
    const file = shownPath(join(contentDir, name));
    const lines = readFileSync(join(contentDir, name), 'utf8').split('\n');
    // Where a piece's front matter ends (its second ---); a YAML file is all YAML.
    const yamlEnd = /\.ya?ml$/.test(name) ? lines.length : lines[0] === '---' ? lines.indexOf('---', 1) : 0;
    lines.forEach((text, index) => {
      if (index < yamlEnd && YAML_COMMENT.test(text)) return;
      const word = CYRILLIC_WORD.exec(text.replace(ANY_SCRIPT, ''))?.[0];
      if (word !== undefined) {
        problems.push({ file, line: index + 1, message: `"${word}" is in Cyrillic in a file written in Latin script (sr-latn): write it in Latin letters, as the build makes the Cyrillic pages from this file (a name to keep as written goes in <Foreign>…</Foreign>)` });
      }
    });
  }
  return problems;
}
