import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CANONICAL = /<link rel="canonical" href="([^"]*)"/;

/**
 * Whether a built page is its own canonical address, and so belongs in the sitemap: a page that shows the
 * English original in another locale's frame names the English page instead (see layouts/Base.astro).
 */
export function isOwnCanonical(outDir: string, page: string): boolean {
  const html = readFileSync(join(outDir, decodeURIComponent(new URL(page).pathname), 'index.html'), 'utf8');
  const canonical = CANONICAL.exec(html)?.[1];
  return canonical === undefined || canonical === page;
}
