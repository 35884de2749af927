import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CONTENT_DIR } from './content-dir.ts';
import { buildDate } from './publication.ts';

let digest: string | undefined;

/** Everything in content/ but the bodies of the pieces (every YAML file, every piece's front matter, every image), and the day the site is built for. */
function contentDigest(): string {
  if (digest) return digest;
  const hash = createHash('sha256').update(buildDate().toISOString());
  const files = readdirSync(CONTENT_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(file);
    const data = /\.mdx?$/.test(file) ? JSON.stringify(parseFrontmatter(bytes.toString('utf8')).frontmatter) : bytes;
    hash.update(`\0${file}\0`).update(data);
  }
  digest = hash.digest('hex');
  return digest;
}

/**
 * The cache key of a page for Astro's incremental build, given what it renders that contentDigest leaves out
 * (the bodies of the entries it shows, and the state of their translations). The key changes with any data a
 * page may show and with those; a rebuild takes a page from the previous build only when its key and its code
 * are unchanged, so editing a piece's text renders again only the pages that show that piece, and any other
 * edit renders every page again.
 */
export function pageCacheKey(rendered: readonly (string | undefined)[]): string {
  const hash = createHash('sha256').update(contentDigest());
  for (const part of rendered) hash.update('\0').update(part ?? '');
  return hash.digest('hex');
}
