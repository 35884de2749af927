// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPieceLinks } from './src/plugins/remark-piece-links.ts';

export default defineConfig({
  site: process.env.QL_SITE ?? 'https://quarterly-letter.example.org',
  // The build script sets the output folder so that a failed build never replaces the live one.
  outDir: process.env.QL_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ processor: unified({ remarkPlugins: [remarkPieceLinks] }) })],
  markdown: { processor: unified({ remarkPlugins: [remarkPieceLinks] }) },
});
