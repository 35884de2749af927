/**
 * npm run check: everything that can be wrong in the content, before a build. One line per problem,
 * "file:line: what is wrong and what to do"; exits with 1 when there is any.
 */
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { checkContent } from '../src/lib/check-content.ts';
import { checkReport } from '../src/lib/check-report.ts';
import { buildDate } from '../src/lib/publication.ts';

const result = await checkContent(CONTENT_DIR, buildDate());
console.log(checkReport(result, CONTENT_DIR));
if (result.problems.length > 0) process.exitCode = 1;
