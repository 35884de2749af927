import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { glob } from 'tinyglobby';

export const siteDir = () => inject('siteDir');

/** The HTML of a built page, by its public path ("/en/issues/12/"). */
export function page(path: string): string {
  return readFileSync(join(siteDir(), path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

export async function allPages(): Promise<string[]> {
  return (await glob('**/*.html', { cwd: siteDir() })).sort();
}

/** Every value of an attribute on elements matching a simple tag/class pattern, in document order. */
export function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1]!);
}
