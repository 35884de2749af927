/**
 * Writes a synthetic archive of any number of issues, made from the real ones, for measuring how the site
 * and its search grow (search budget, build time). Never touches content/: it writes <folder>/content and,
 * with --build, builds it through the real build script into <folder>/dist (caches in <folder>).
 *
 *   node scripts/synthetic-archive.ts <issues> <folder> [--build]
 *
 * Issue N is a copy of the real issues in turn (pieces, translations, agenda, images), renumbered N and dated
 * one quarter after issue N-1 from January 2014; links between issues point to the copy in the same round.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { issueFolderName } from '../src/lib/archive.ts';

const [countArg, folderArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const build = process.argv.includes('--build');
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !folderArg) {
  console.error('Usage: node scripts/synthetic-archive.ts <number of issues> <folder> [--build]');
  process.exit(2);
}
const folder = resolve(folderArg);
const content = join(folder, 'content');
const source = resolve(CONTENT_DIR);
if (!relative(source, folder).startsWith('..') || existsSync(content)) {
  console.error(`Refusing to write ${content}: choose a new folder outside ${source}.`);
  process.exit(2);
}

const realFolders = readdirSync(join(source, 'issues')).filter((name) => /^\d{3}$/.test(name)).sort();
/** The synthetic number of the copy of real issue folder `real` in round `round` (0-based). */
const copyNumber = (round: number, real: string) => round * realFolders.length + realFolders.indexOf(real) + 1;
const quarterDate = (n: number) => `${2014 + Math.floor((n - 1) / 4)}-${String(((n - 1) % 4) * 3 + 1).padStart(2, '0')}`;

mkdirSync(join(content, 'issues'), { recursive: true });
cpSync(join(source, 'contacts'), join(content, 'contacts'), { recursive: true });
for (let n = 1; n <= count; n++) {
  const round = Math.floor((n - 1) / realFolders.length);
  const real = realFolders[(n - 1) % realFolders.length]!;
  const target = join(content, 'issues', issueFolderName(n));
  cpSync(join(source, 'issues', real), target, { recursive: true });
  const issueFile = join(target, 'issue.yaml');
  writeFileSync(
    issueFile,
    readFileSync(issueFile, 'utf8')
      .replace(/^number: .*$/m, `number: ${n}`)
      .replace(/^date: .*$/m, `date: "${quarterDate(n)}"`)
      .replace(/^status: .*$/m, 'status: published')
      .replace(/^publishAt: .*\n/m, ''),
  );
  for (const file of readdirSync(target).filter((name) => name.endsWith('.mdx'))) {
    const path = join(target, file);
    const text = readFileSync(path, 'utf8');
    const relinked = text.replace(/\]\(\.\.\/(\d{3})\//g, (link, other: string) => {
      if (!realFolders.includes(other)) return link;
      // The copy in this round, or in the previous one when the archive ends before this round's copy.
      const linked = copyNumber(round, other) <= count ? copyNumber(round, other) : copyNumber(Math.max(round - 1, 0), other);
      return `](../${issueFolderName(linked)}/`;
    });
    if (relinked !== text) writeFileSync(path, relinked);
  }
}
console.log(`Synthetic archive of ${count} issues written to ${content}`);

if (build) {
  const result = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    stdio: 'inherit',
    env: { ...process.env, QL_CONTENT_DIR: content, QL_OUT_DIR: join(folder, 'dist'), QL_CACHE_DIR: join(folder, 'cache'), QL_PDF_CACHE_DIR: join(folder, 'pdf-cache') },
  });
  process.exit(result.status ?? 1);
}
