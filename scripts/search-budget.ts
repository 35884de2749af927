/**
 * Measures what search costs a reader, on a built site: the bytes downloaded to open the search page, then
 * to get the first results of a query (until the results on the first screen have their text), and the size
 * of each language's index. Counts what a plain static server serves to Debian's Chromium, with no cache;
 * "gzip" estimates what a host compressing text files would send (Pagefind's index files are already
 * compressed). Prints Markdown tables, as in the README.
 *
 *   node scripts/search-budget.ts <built site folder> [query …]     (default queries: trafficking, Bihor)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './pdf/static-server.ts';
import { launchChromium } from './pdf/chromium.ts';
import { pagefindSizes } from './bench/page-weight.ts';

const [siteArg, ...queryArgs] = process.argv.slice(2);
if (!siteArg) {
  console.error('Usage: node scripts/search-budget.ts <built site folder> [query …]');
  process.exit(2);
}
const site = resolve(siteArg);
const queries = queryArgs.length > 0 ? queryArgs : ['trafficking', 'Bihor'];
const TEXT = /^(text\/|application\/json|image\/svg)/;

interface Tally {
  files: number;
  bytes: number;
  gzip: number;
}
const empty = (): Tally => ({ files: 0, bytes: 0, gzip: 0 });
const add = (tally: Tally, bytes: number, gzip: number) => {
  tally.files++;
  tally.bytes += bytes;
  tally.gzip += gzip;
};

/** What a served file is for: the page as any page of the site, Pagefind's interface, its engine, or index data. */
const PARTS = ['page', 'interface', 'engine', 'index'] as const;
type Part = (typeof PARTS)[number];
const partOf = (path: string): Part =>
  !path.startsWith('/pagefind/') ? 'page'
    : /pagefind-component-ui\./.test(path) ? 'interface'
    : /\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/.test(path) ? 'engine'
    : 'index';

let tallies = Object.fromEntries(PARTS.map((part) => [part, empty()])) as Record<Part, Tally>;
const server = await serveStatic(site, (path, file, type) => {
  const body = readFileSync(file);
  add(tallies[partOf(path)], body.length, TEXT.test(type) ? gzipSync(body).length : body.length);
});
const browser = await launchChromium();
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const cell = ({ files, bytes, gzip }: Tally) => (files === 0 ? '–' : `${kB(bytes)} (${kB(gzip)})`);

console.log(`Search budget of ${site}: bytes served (gzip estimate) from opening /en/search/ to the first results, no cache, 1280×800\n`);
console.log('| query | results | page (HTML, CSS, fonts) | search interface | search engine | index data | total |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const query of queries) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  tallies = Object.fromEntries(PARTS.map((part) => [part, empty()])) as Record<Part, Tally>;
  await page.goto(`${server.origin}/en/search/`, { waitUntil: 'networkidle' });
  await page.locator('pagefind-input input').fill(query);
  // First results: the summary is out and every result on the first screen has loaded its text.
  await page.waitForFunction((term) => {
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    const items = [...document.querySelectorAll('pagefind-results ul.pf-results > li')];
    const onScreen = items.filter((item) => item.getBoundingClientRect().top < window.innerHeight);
    return summary.includes(term) && !summary.endsWith('…') && onScreen.length > 0 && onScreen.every((item) => item.classList.contains('search-result'));
  }, query);
  await page.waitForLoadState('networkidle');
  const results = await page.locator('pagefind-results ul.pf-results > li').count();
  await context.close();
  const total = empty();
  for (const part of PARTS) {
    total.files += tallies[part].files;
    total.bytes += tallies[part].bytes;
    total.gzip += tallies[part].gzip;
  }
  console.log(`| ${query} | ${results} | ${PARTS.map((part) => cell(tallies[part])).join(' | ')} | ${cell(total)} |`);
}
await browser.close();
await server.close();

// Every file of a language's index: its metadata, index chunks, filters, fragments and WebAssembly.
console.log('\n| language | index size |');
console.log('| --- | --- |');
for (const [language, bytes] of [...(pagefindSizes(site) ?? [])].sort()) console.log(`| ${language} | ${kB(bytes)} |`);
