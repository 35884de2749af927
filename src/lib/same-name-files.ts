import { basename, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { entryId } from '../schemas/collections.ts';
import { shownPath, type ContentProblem } from './content-error.ts';

/** What is wrong with a file that has the same name as `other`, whichever command finds it. */
export const sameNameMessage = (other: string, name: string) =>
  `${other} has the same name ("${name}"): the site would show only one of them; rename or delete one`;

/**
 * Content files that would make two entries of one name: a piece saved both as .md and .mdx, a YAML file
 * both as .yaml and .yml. Astro's loaders would keep one of them without a word; the build refuses both.
 * (The check, which reads every file itself, finds the pair when it assembles the archive and says it in the
 * same words. A piece named as one of the YAML files, agenda.mdx, makes entries of two collections;
 * the archive refuses its name.)
 */
export function sameNameProblems(contentDir: string): ContentProblem[] {
  const files = globSync(['issues/*/*.{md,mdx,yaml,yml}', 'contacts/*.{yaml,yml}'], { cwd: contentDir }).sort();
  const firstOfName = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const name = `${entryId(file)} ${/\.mdx?$/.test(file) ? 'text' : 'data'}`;
    const earlier = firstOfName.get(name);
    if (earlier === undefined) {
      firstOfName.set(name, file);
      continue;
    }
    problems.push({
      file: shownPath(join(contentDir, file)),
      message: sameNameMessage(shownPath(join(contentDir, earlier)), basename(entryId(file))),
    });
  }
  return problems;
}
