/**
 * Writes a synthetic archive of any number of issues, made from the real ones by the benchmark's generator
 * (scripts/bench/synthetic-archive.ts), where a reader can measure it: the search budget runs over its build.
 * Never touches content/: it writes <folder>/content and, with --build, builds it through the real build script
 * into <folder>/dist (caches in <folder>), PDFs left out (QL_SKIP_PDF) as nothing measured here needs them.
 *
 *   node scripts/synthetic-archive.ts <issues> <folder> [--build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { generateArchive } from './bench/synthetic-archive.ts';

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

const archive = generateArchive(source, content, count);
console.log(`Synthetic archive of ${archive.issues} issues (${archive.pieces} pieces, ${archive.translations} translations) written to ${content}`);

if (build) {
  const result = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    stdio: 'inherit',
    env: { ...process.env, QL_CONTENT_DIR: content, QL_OUT_DIR: join(folder, 'dist'), QL_CACHE_DIR: join(folder, 'cache'), QL_SKIP_PDF: '1' },
  });
  process.exit(result.status ?? 1);
}
