/**
 * The performance benchmark (`npm run bench`, never part of the tests): builds the real archive and synthetic
 * archives of 50 and 200 issues (or the sizes given: `npm run bench -- real 50`), each beside a bare Astro + MDX
 * build of the same pages, and prints build times, memory, output and page weights against the project's budgets.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { generateArchive } from './bench/synthetic-archive.ts';
import { writeBareAstro } from './bench/bare-astro.ts';
import { bestColdRuns, measure, type Run } from './bench/measure.ts';
import { folderSize, pageDownload, pagefindSizes, scriptBytes, type Sizes } from './bench/page-weight.ts';
import { pageType } from './bench/page-types.ts';
import { checkBudgets, type Measured } from './bench/budgets.ts';

const PROJECT = resolve('.');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['real', '50', '200'];
const root = mkdtempSync(join(tmpdir(), 'ql-bench-'));
/** Each cold build runs this many times, ours and the floor's in turn; the benchmark keeps the one that used the least CPU time. */
const RUNS = 3;
/** Empties the output and caches of a build, so that the next one starts cold. */
const removing = (...paths: string[]) => () => paths.forEach((path) => rmSync(path, { recursive: true, force: true }));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
const weight = (sizes: Sizes) => `${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli`;

/** The largest built page of a type: the heaviest a reader can get. */
async function largest(dir: string, type: string): Promise<string | undefined> {
  const pages = (await glob('en/**/*.html', { cwd: dir })).filter((file) => pageType(file) === type);
  return pages.map((file) => ({ file, total: pageDownload(dir, file).total.raw })).sort((a, b) => b.total - a.total)[0]?.file;
}

function report(label: string, run: Run, pages: number) {
  console.log(`  ${label}: ${s(run.seconds)} wall, ${s(run.cpuSeconds)} CPU, ${ms(run.seconds / pages)} wall per page (${pages} pages), peak memory ${mb(run.peakBytes)}`);
}

const measured: Measured = { runs: [], pageWeights: [], scriptsOutsideSearch: [] };
try {
  for (const size of sizes) {
    const dir = join(root, size);
    const content = join(dir, 'content');
    const archive = size === 'real' ? (cpSync('content', content, { recursive: true }), 'the real archive') : `${generateArchive('content', content, Number(size)).issues} synthetic issues`;
    const issues = readdirSync(join(content, 'issues')).length;
    // Other work on the machine stretches wall times (CPU times much less): say how busy it was.
    console.log(`\n${archive} (${issues} issues, four locales) in ${dir}; load average ${loadavg()[0]!.toFixed(1)} on this machine's cores`);

    const out = join(dir, 'dist');
    const env = { QL_CONTENT_DIR: content, QL_OUT_DIR: out, QL_CACHE_DIR: join(dir, 'cache'), QL_SKIP_PDF: '1' };
    const floorRoot = await writeBareAstro(content, join(dir, 'bare'), PROJECT);
    // Inside the floor project, whose node_modules link lets the prerendered chunks find their packages.
    const floorOut = join(floorRoot, 'dist');
    const floorEnv = { QL_OUT_DIR: floorOut, QL_CACHE_DIR: join(dir, 'bare-cache') };
    const [ours, floor] = await bestColdRuns(RUNS, [
      { reset: removing(out, env.QL_CACHE_DIR), run: () => measure(process.execPath, [join(PROJECT, 'scripts/build.ts')], { cwd: PROJECT, env }) },
      { reset: removing(floorOut, floorEnv.QL_CACHE_DIR), run: () => measure(process.execPath, [ASTRO, 'build', '--root', floorRoot], { cwd: floorRoot, env: floorEnv }) },
    ]);
    const pages = (await glob('**/*.html', { cwd: out })).length;
    report('our build', ours, pages);
    const floorPages = (await glob('**/*.html', { cwd: floorOut })).length;
    report('bare Astro + MDX', floor, floorPages);
    const ratio = ours.cpuSeconds / pages / (floor.cpuSeconds / floorPages);
    const wallRatio = ours.seconds / pages / (floor.seconds / floorPages);
    console.log(`  our cost per page: ${ratio.toFixed(2)}× the bare build's in CPU time, ${wallRatio.toFixed(2)}× in wall time`);

    console.log(`  output: ${mb(folderSize(out))} in ${pages} pages`);
    const pagefind = pagefindSizes(out);
    console.log(`  Pagefind index: ${pagefind ? [...pagefind].map(([language, bytes]) => `${language} ${kb(bytes)}`).join(', ') : 'none in the output (no search yet)'}`);

    for (const type of ['{locale}/index.html', '{locale}/issues/{number}/', '{locale}/issues/{number}/{piece}/']) {
      const file = await largest(out, type);
      if (!file) continue;
      const download = pageDownload(out, file);
      measured.pageWeights.push({ archive, type, file, ...download });
      console.log(`  ${type.replace('{locale}/', '').replace('index.html', 'home')} (largest, /${file}): HTML ${weight(download.html)}; CSS ${weight(download.css)}; together ${kb(download.total.gzip)} gzip, ${kb(download.total.brotli)} brotli`);
    }
    const scripts = new Map<string, number>();
    for (const file of await glob('**/*.html', { cwd: out })) {
      const bytes = scriptBytes(out, file);
      const type = pageType(file);
      scripts.set(type, Math.max(scripts.get(type) ?? 0, bytes));
      if (bytes > 0 && !type.includes('search')) measured.scriptsOutsideSearch.push(file);
    }
    console.log(`  JavaScript per page type (most on any page of the type): ${[...scripts].map(([type, bytes]) => `${type} ${kb(bytes)}`).join(', ')}`);

    const run: Measured['runs'][number] = { archive, issues, pages, ours, floor, floorPages, ratio, wallRatio };
    if (size === sizes.at(-1)) {
      // Change one piece, as an editor would, and build again with the same cache.
      const piece = (await glob('issues/*/*.mdx', { cwd: content, ignore: ['**/*.*.mdx', '**/editorial*'] })).sort().at(-1)!;
      appendFileSync(join(content, piece), "\n\nA sentence added by the benchmark, as an editor's correction would be.\n");
      run.rebuild = await measure(process.execPath, [join(PROJECT, 'scripts/build.ts')], { cwd: PROJECT, env });
      console.log(`  rebuild after changing ${piece}: ${s(run.rebuild.seconds)} wall, ${s(run.rebuild.cpuSeconds)} CPU (first build ${s(ours.seconds)})`);
    }
    measured.runs.push(run);
  }

  console.log('\nBudgets');
  const results = checkBudgets(measured);
  for (const { name, pass, figure } of results) console.log(`  ${pass === undefined ? 'n/a ' : pass ? 'PASS' : 'FAIL'}  ${name}: ${figure}`);
  process.exitCode = results.some((r) => r.pass === false) ? 1 : 0;
} finally {
  rmSync(root, { recursive: true, force: true });
}
