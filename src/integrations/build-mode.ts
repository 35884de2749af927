import type { AstroIntegration } from 'astro';

let productionBuild = false;

/**
 * Whether this process is Astro's production build, as the integration below learns it from Astro: the
 * preview, the check command and the tests are not. The MDX plugins, loaded with the configuration, ask it.
 */
export const isProductionBuild = () => productionBuild;

export function buildMode(): AstroIntegration {
  return {
    name: 'quarterly-letter:build-mode',
    hooks: {
      'astro:config:setup': ({ command }) => {
        productionBuild = command === 'build';
      },
    },
  };
}
