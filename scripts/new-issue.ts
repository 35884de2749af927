/**
 * npm run new-issue [-- NUMBER]: creates the next issue (or issue NUMBER) as a draft dated this month, in
 * content/issues/NNN/. It never overwrites a file and refuses a number that is already taken.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { existingIssues, newIssueFiles, newIssueFolder } from '../src/lib/new-issue.ts';
import { issueFolderName } from '../src/lib/archive.ts';
import { isoDay } from '../src/schemas/partial-date.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const issues = existingIssues(CONTENT_DIR);
const [argument, ...extra] = process.argv.slice(2);
if (extra.length > 0) fail(`One issue at a time: npm run new-issue -- 13 (not ${process.argv.slice(2).join(' ')}).`);
// "014" as the folder is named is the number 14.
if (argument !== undefined && !/^0*[1-9]\d*$/.test(argument)) fail(`The issue number must be a whole number from 1, e.g. npm run new-issue -- 13 (not "${argument}").`);
const highest = Math.max(0, ...issues.map((issue) => issue.number ?? 0));
const number = argument === undefined ? highest + 1 : Number(argument);

const taken = issues.find((issue) => issue.number === number || issue.folder === issueFolderName(number));
if (taken) {
  const where = relative(process.cwd(), join(CONTENT_DIR, 'issues', taken.folder));
  if (!existsSync(join(CONTENT_DIR, 'issues', taken.folder, 'issue.yaml'))) {
    fail(`${where}/ is already there, without its issue.yaml; nothing was created (new-issue never writes into a folder an editor has started). Write ${where}/issue.yaml yourself (docs/editing.md shows its fields), or move your files out of ${where}/, run this again, and move them into the new issue.`);
  }
  fail(`Issue N° ${number} already exists (${where}/); nothing was created. The next free number is ${highest + 1}.`);
}

const latest = issues.filter((issue) => issue.number !== undefined).sort((a, b) => b.number! - a.number!)[0];
const today = isoDay(new Date());
const folder = newIssueFolder(CONTENT_DIR, number);
// Not recursive: if the folder appeared meanwhile, this fails rather than write into it.
mkdirSync(join(CONTENT_DIR, 'issues'), { recursive: true });
try {
  mkdirSync(folder);
} catch {
  fail(`${relative(process.cwd(), folder)}/ already exists; nothing was created.`);
}
const files = newIssueFiles(number, today, latest?.contacts ?? []);
for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text, { flag: 'wx' });

const shown = relative(process.cwd(), folder);
console.log(`Created issue N° ${number} as a draft in ${shown}/:
${Object.keys(files).map((name) => `  ${shown}/${name}`).join('\n')}

Next: write the text in place of each TODO (docs/editing.md explains every field and component),
run npm run dev and open http://localhost:4321/en/issues/${number}/ (or the address it prints) to preview it,
and npm run check to find what is wrong before publishing.`);
// A number typed wrong (999 for 99) is not refused, as the archive has gaps of its own (issues it does not hold), but said.
if (number > highest + 1) {
  const skipped = number === highest + 2 ? `N° ${highest + 1}` : `N° ${highest + 1} to ${number - 1}`;
  console.log(`\nNote: the newest issue was N° ${highest}, so ${skipped} will be missing from the archive. If you meant N° ${highest + 1}, delete ${shown}/ and run npm run new-issue again.`);
}
