import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales.ts';

/**
 * Astro writes only the root 404 page as 404.html; a page at /{locale}/404 comes out as /{locale}/404/index.html.
 * Hosts look for /{locale}/404.html (per-folder error pages), so each locale's page is moved there after the build.
 */
export function localized404(): AstroIntegration {
  return {
    name: 'quarterly-letter:localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const { path } of LOCALES) {
          const folder = fileURLToPath(new URL(`${path}/404/`, dir));
          if (!existsSync(`${folder}index.html`)) throw new Error(`The ${path} "page not found" page was not built (expected ${folder}index.html)`);
          renameSync(`${folder}index.html`, fileURLToPath(new URL(`${path}/404.html`, dir)));
          rmdirSync(folder);
        }
      },
    },
  };
}
