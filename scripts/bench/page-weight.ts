import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** A response's size as sent: raw, gzip (level 6, what servers do on the fly) and brotli (quality 11, precompressed). */
const sizesOf = (bytes: Buffer): Sizes => ({ raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length });

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const fileOfUrl = (siteDir: string, url: string) => join(siteDir, url.replace(/^\//, ''));
/** The addresses a page's <link rel="…"> elements of one kind name. */
const linked = (html: string, rel: string) =>
  [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => attribute(tag, 'rel') === rel).map((tag) => attribute(tag, 'href')!);

/** What a reader downloads to see a page, fonts and images aside: its HTML and every stylesheet it links. */
export function pageDownload(siteDir: string, file: string): { html: Sizes; css: Sizes; total: Sizes } {
  const html = readFileSync(join(siteDir, file));
  const css = linked(html.toString('utf8'), 'stylesheet').map((href) => sizesOf(readFileSync(fileOfUrl(siteDir, href)))).reduce(add, ZERO);
  const htmlSizes = sizesOf(html);
  return { html: htmlSizes, css, total: add(htmlSizes, css) };
}

/**
 * The JavaScript a page makes a reader download and run, in bytes: its script files, the modules it preloads
 * for its scripts to import, and inline scripts (JSON-LD data is not JavaScript).
 */
export function scriptBytes(siteDir: string, file: string): number {
  const html = readFileSync(join(siteDir, file), 'utf8');
  let bytes = 0;
  for (const href of linked(html, 'modulepreload')) bytes += statSync(fileOfUrl(siteDir, href)).size;
  for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    if (attribute(tag!, 'type') === 'application/ld+json') continue;
    const src = attribute(tag!, 'src');
    bytes += src ? statSync(fileOfUrl(siteDir, src)).size : Buffer.byteLength(body!);
  }
  return bytes;
}

/** Total size of the files in a folder. */
export function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/**
 * The Pagefind index of each language, in bytes: the files of pagefind/ named after the language
 * (its metadata, index chunks, filters and fragments). Undefined when the site has no search index.
 */
export function pagefindSizes(siteDir: string): Map<string, number> | undefined {
  const dir = join(siteDir, 'pagefind');
  let entry: { languages: Record<string, unknown> };
  try {
    entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  return new Map(
    Object.keys(entry.languages).map((language) => {
      const named = new RegExp(`(^|[./])${language.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[._]`, 'i');
      const bytes = files.filter((f) => named.test(f.name)).reduce((total, f) => total + statSync(join(f.parentPath, f.name)).size, 0);
      return [language, bytes];
    }),
  );
}
