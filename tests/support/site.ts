import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { glob } from 'tinyglobby';

export const siteDir = () => inject('siteDir');

/** The HTML of a built page, by its public path ("/en/issues/12/"). */
export function page(path: string): string {
  return readFileSync(join(siteDir(), path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** Whether a built page (its file in the output) only redirects elsewhere (the root, /{locale}/issues/). */
export const onlyRedirects = (file: string) => /<meta http-equiv="refresh"/.test(readFileSync(join(siteDir(), file), 'utf8'));

export async function allPages(): Promise<string[]> {
  return (await glob('**/*.html', { cwd: siteDir() })).sort();
}

/** Every value of an attribute on elements matching a simple tag/class pattern, in document order. */
export function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1]!);
}

/** The site's public origin, as the build wrote it into robots.txt's sitemap line. */
export function siteUrl(): URL {
  const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(siteDir(), 'robots.txt'), 'utf8'))?.[1];
  if (!sitemap) throw new Error('robots.txt names no sitemap');
  return new URL('/', sitemap);
}
