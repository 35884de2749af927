/**
 * Builds the site into a staging folder beside the output and swaps it in only when every step has
 * succeeded: a failed build leaves the previous site untouched and never publishes half a site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const outDir = resolve(process.env.QL_OUT_DIR ?? 'dist');
// Always the same staging folder: Astro's incremental build hashes the code of each page, and that code
// names the output folder, so a new name per build would render every page again.
const staging = `${outDir}.staging`;
const retired = `${outDir}.previous-${process.pid}`;
const lock = `${staging}.lock`;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** One build at a time per output folder, since they share the staging folder; a lock left by a build that died is taken over. */
function lockStaging(): void {
  mkdirSync(dirname(outDir), { recursive: true });
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder !== process.pid && isRunning(holder)) {
      console.error(`Another build (process ${holder}) is writing ${outDir}; wait for it to end, then build again.`);
      process.exit(1);
    }
    writeFileSync(lock, String(process.pid));
  }
  process.on('exit', () => rmSync(lock, { force: true }));
}

/**
 * Runs one step into the staging folder. With `explain`, the step's error stream is held back and, when the
 * step fails, handed to `explain`, which decides what an editor sees; when it succeeds, it is shown as is.
 */
async function step(label: string, command: string, args: string[], explain?: (errors: string) => Promise<void>): Promise<void> {
  const result = spawnSync(command, args, {
    stdio: ['inherit', 'inherit', explain ? 'pipe' : 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // A build for publication, whatever the shell says: under another NODE_ENV (a test runner sets "test"),
    // Vite would build for development.
    env: { ...process.env, NODE_ENV: 'production', QL_OUT_DIR: staging },
  });
  if (result.status === 0) {
    if (result.stderr) process.stderr.write(result.stderr);
    return;
  }
  rmSync(staging, { recursive: true, force: true });
  await explain?.(result.stderr ?? '');
  console.error(`\nBuild failed during ${label}; the site in ${outDir} was left as it was.`);
  process.exit(result.status ?? 1);
}

/**
 * What an editor sees of a failed Astro build. Astro stops at the first content error it meets, in its own
 * words and with its stack; the check lists every problem of the content as file:line: what is expected.
 * When Astro's report is about a file the check explains, the check's list is all an editor needs;
 * otherwise both are shown.
 */
async function explainAstroFailure(astroReport: string): Promise<void> {
  // Loaded only now: a build that succeeds does not pay for the check's modules.
  const [{ CONTENT_DIR }, { checkContent }, { checkReport }, { buildDate }] = await Promise.all([
    import('../src/lib/content-dir.ts'),
    import('../src/lib/check-content.ts'),
    import('../src/lib/check-report.ts'),
    import('../src/lib/publication.ts'),
  ]);
  const result = await checkContent(CONTENT_DIR, buildDate()).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  const explained = !(result instanceof Error) && result.problems.some(({ file }) => astroReport.includes(file) || astroReport.includes(resolve(file)));
  if (!explained) process.stderr.write(astroReport);
  if (result instanceof Error) console.error(`\nThe content check (npm run check) could not run:\n${result.stack}`);
  else if (result.problems.length === 0) console.error('\nThe content check (npm run check) finds nothing wrong in the content: the error above is the build\'s own.');
  else console.error(`\n${explained ? '' : 'The content check (npm run check) on the same files:\n'}${checkReport(result, CONTENT_DIR)}`);
}

lockStaging();
rmSync(staging, { recursive: true, force: true });
await step('the Astro build', process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], explainAstroFailure);
await step('the search index', process.execPath, [resolve('scripts/search-index.ts')]);
// QL_SKIP_PDF=1 leaves the PDFs out (the benchmark measures the site's build on its own).
if (process.env.QL_SKIP_PDF !== '1') await step('the PDF export', process.execPath, [resolve('scripts/export-pdfs.ts')]);

if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
