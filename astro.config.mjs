// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { buildPlugins } from './src/plugins/content-checks.ts';
import { withEditorSyntaxErrors } from './src/plugins/mdx-syntax-errors.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { buildMode } from './src/integrations/build-mode.ts';
import { previewContentCheck } from './src/integrations/preview-content-check.ts';
import { isOwnCanonical } from './src/integrations/canonical-page.ts';
import { SITE } from './src/lib/site-address.ts';

const outDir = process.env.QL_OUT_DIR ?? 'dist';

export default defineConfig({
  site: SITE,
  // The build script sets the output folder so that a failed build never replaces the live one.
  outDir,
  // Tests and the benchmark build other content folders side by side: each gets its own cache.
  cacheDir: process.env.QL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render one after another on the main thread; the share images are drawn by sharp on worker
    // threads. Rendering a few pages at a time keeps the main thread busy while sharp draws.
    concurrency: 4,
  },
  integrations: [
    // Tells the MDX plugins whether this is the production build (see src/integrations/build-mode.ts).
    buildMode(),
    // Astro's native Markdown compiler; the plugins check and rewrite what editors write (see content-checks.ts),
    // and a syntax error names the file and line as the check command does.
    mdx({ processor: withEditorSyntaxErrors(satteri({ mdastPlugins: buildPlugins })) }),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr', 'sr-latn': 'sr-Latn', 'sr-cyrl': 'sr-Cyrl' } },
      // Neither the addresses that only redirect (the root to /en/, /{locale}/issues/ to the locale's home), the
      // "page not found" pages nor the pages that show the English original in another locale are pages to index.
      filter: (page) => !/^\/([^/]+\/issues\/)?$|\/404\/?$/.test(new URL(page).pathname) && isOwnCanonical(outDir, page),
    }),
    localized404(),
    // The preview shows the check's findings after every save in content/, where Astro would keep a stale page.
    previewContentCheck(),
  ],
  markdown: { processor: satteri({ mdastPlugins: buildPlugins }) },
  image: {
    // AVIF at sharp's default effort takes seconds per width of every photo; effort 2 is five times
    // faster for files about 6 % larger, which keeps the build fast as issues bring photos.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  // A rebuild takes the issue and piece pages whose data, code and text did not change from the previous
  // build (kept in the cache folder) instead of rendering them again: src/lib/page-cache-key.ts.
  experimental: { incrementalBuild: true },
  vite: {
    // A build run beside the preview writes thousands of files into its output, staging and swap folders (and the
    // PDF export into .cache): the preview has nothing to reload for them, and logging each would bury its messages.
    server: {
      watch: {
        ignored: ['**/dist/**', '**/dist.*/**', '**/.cache/**'],
        // A save truncates the file, then writes it: the watcher reports the first change at once and drops
        // those that follow within 50 ms, so on a busy machine the preview could read the file empty and keep
        // a stale entry. Reporting a change once the file's size has held for 100 ms reads what was saved.
        awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 },
      },
    },
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a directive the bundler warns about on every piece; it is harmless noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
