import type { AstroIntegration } from 'astro';

/**
 * Where the Astro command of this process is kept. The configuration, the content collections and the pages
 * are loaded as separate module instances, which share only the process: its environment carries the mode.
 */
const COMMAND = 'QL_ASTRO_COMMAND';

/**
 * Whether this process is Astro's production build, as the integration below learns it from Astro: the
 * preview, the check command and the tests are not. Unlike import.meta.env.DEV, which a DEV variable left in
 * the shell (a test runner sets one) turns on, it cannot let the preview's drafts and notices into the site.
 */
export const isProductionBuild = () => process.env[COMMAND] === 'build';

/** Whether this process is the editors' development preview (`astro dev`). */
export const isPreview = () => process.env[COMMAND] === 'dev';

export function buildMode(): AstroIntegration {
  return {
    name: 'quarterly-letter:build-mode',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env[COMMAND] = command;
      },
    },
  };
}
