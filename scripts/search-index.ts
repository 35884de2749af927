/**
 * Writes the Pagefind search index of a built site into its /pagefind/ folder: one index per language
 * (Pagefind splits pages by <html lang>), over the pages marked data-pagefind-body only (piece pages whose
 * text is in the page's language), with Pagefind's search interface beside it, self-hosted.
 * Run by scripts/build.ts on the staging folder, before the swap.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const siteDir = resolve(process.env.QL_OUT_DIR ?? 'dist');

function failOn(errors: string[], stage: string): void {
  if (errors.length === 0) return;
  console.error(`Search index: ${stage} failed:\n${errors.join('\n')}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
failOn(errors, 'starting Pagefind');
if (!index) throw new Error('Pagefind returned no index');

// Only piece pages (/{locale}/issues/{number}/{slug}/) can be results: reading no other page halves the time
// on a large archive. Which piece pages are indexed is still decided by their data-pagefind-body.
const added = await index.addDirectory({ path: siteDir, glob: '*/issues/*/*/index.html' });
failOn(added.errors, `reading ${siteDir}`);

const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
failOn(written.errors, 'writing the index');
await pagefind.close();

const entry = JSON.parse(readFileSync(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language} ${page_count}`);
console.log(`Search index: pages per language: ${counts.join(', ')}`);
