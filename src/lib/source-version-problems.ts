import { readFileSync } from 'node:fs';
import { shownPath, type ContentProblem } from './content-error.ts';
import { isCommit, sourceVersion } from './source-version.ts';
import type { StatusInput } from './translation-status.ts';
import { groupBy } from './group-by.ts';

const WHAT_TO_DO = 'write the version of the English file the translation was made from (npm run translate writes it; npm run translations prints the current one)';

/**
 * A translation's sourceVersion that cannot be a version of its English file: another file's version (copied
 * from a neighbour) or a commit's id. Left as they are, the translation would show as outdated, with no
 * changes to show. Any other id may be a version never committed, and is left to the translation status.
 */
export function sourceVersionProblems(entries: StatusInput[]): ContentProblem[] {
  // Files of the same text (a piece copied whole) share a version: it is right for each of them.
  const owners = groupBy(entries, (entry) => sourceVersion(readFileSync(entry.file, 'utf8')));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const translation of entry.translations.values()) {
      const sameVersion = owners.get(translation.sourceVersion) ?? [];
      if (sameVersion.includes(entry)) continue;
      const owner = sameVersion[0]?.file;
      const wrong = owner
        ? `is the version of ${shownPath(owner)}, not of ${shownPath(entry.file)}`
        : isCommit(translation.sourceVersion, entry.file) ? `is the id of a commit, not a version of ${shownPath(entry.file)}` : undefined;
      if (wrong) problems.push({ file: shownPath(translation.file), where: 'sourceVersion', message: `${wrong}: ${WHAT_TO_DO}` });
    }
  }
  return problems;
}
