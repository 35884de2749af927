/**
 * npm run check: everything that can be wrong in the content, before a build. One line per problem,
 * "file:line: what is wrong and what to do"; exits with 1 when there is any.
 */
import { relative } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/content-error.ts';
import { buildDate } from '../src/lib/publication.ts';

const { problems, files } = await checkContent(CONTENT_DIR, buildDate());
const folder = `${relative(process.cwd(), CONTENT_DIR) || '.'}/`;
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length === 0) {
  console.log(`No problems in the ${files} files of ${folder}.`);
} else {
  const fileCount = new Set(problems.map((p) => p.file)).size;
  console.log(`\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${fileCount} ${fileCount === 1 ? 'file' : 'files'}. docs/editing.md explains every field and component.`);
  process.exitCode = 1;
}
