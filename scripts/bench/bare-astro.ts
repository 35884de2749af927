/**
 * The floor the benchmark compares our build with: a minimal Astro + MDX project, generated in a folder of
 * its own and using this project's node_modules, that renders the same MDX bodies (translations included)
 * into as many pages (each issue's bodies together, and each body alone, in every locale) with no
 * components of ours, no layout and no logic. Whatever our build costs beyond it is the cost of the project's own work.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { LOCALES } from '../../src/i18n/locales.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.QL_OUT_DIR,
  cacheDir: process.env.QL_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`;

const contentConfig = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  bodies: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, 'issues'))}, pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }) }),
};
`;

const LOCALE_PATHS = JSON.stringify(LOCALES.map((l) => l.path));

/** Each locale's pages render the body a reader of it gets: its translation (either Serbian script), else the English one. */
const BODIES = `import { getCollection } from 'astro:content';
export async function localizedBodies() {
  const all = await getCollection('bodies');
  const byId = new Map(all.map((body) => [body.id, body]));
  const sources = all.filter((body) => !body.id.includes('.'));
  const pick = (id, locale) => byId.get(id + '.' + locale) ?? (locale.startsWith('sr-') ? byId.get(id + '.' + (locale === 'sr-latn' ? 'sr-cyrl' : 'sr-latn')) : undefined) ?? byId.get(id);
  return ${LOCALE_PATHS}.map((locale) => ({ locale, bodies: sources.map((source) => ({ id: source.id, body: pick(source.id, locale) })) }));
}
`;

/** Components the bodies use are rendered as a bare element around their children, so that the MDX compiles and renders as is. */
const components = (names: string[]) => `import Pass from '../components/Pass.astro';
export const components = { ${names.map((name) => `${name}: Pass`).join(', ')} };
`;

const ISSUE_PAGE = `---
import { render } from 'astro:content';
import { components } from '../../../lib/components.ts';
import { localizedBodies } from '../../../lib/bodies.js';
export async function getStaticPaths() {
  return (await localizedBodies()).flatMap(({ locale, bodies }) => {
    const issues = [...new Set(bodies.map(({ id }) => id.split('/')[0]))];
    return issues.map((issue) => ({ params: { locale, issue }, props: { bodies: bodies.filter(({ id }) => id.startsWith(issue + '/')).map(({ body }) => body) } }));
  });
}
const rendered = await Promise.all(Astro.props.bodies.map(async (body) => (await render(body)).Content));
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.params.issue}</title></head>
<body>{rendered.map((Content) => <article><Content components={components} /></article>)}</body></html>
`;

const PIECE_PAGE = `---
import { render } from 'astro:content';
import { components } from '../../../lib/components.ts';
import { localizedBodies } from '../../../lib/bodies.js';
export async function getStaticPaths() {
  return (await localizedBodies()).flatMap(({ locale, bodies }) =>
    bodies.map(({ id, body }) => ({ params: { locale, issue: id.split('/')[0], slug: id.split('/')[1] }, props: { body } })),
  );
}
const { Content } = await render(Astro.props.body);
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.params.slug}</title></head>
<body><article><Content components={components} /></article></body></html>
`;

/** Writes the floor project for a content folder; returns its root. */
export async function writeBareAstro(contentDir: string, root: string, projectDir: string): Promise<string> {
  const bodies = await glob('issues/*/*.mdx', { cwd: contentDir, absolute: true });
  const names = [...new Set(bodies.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]!)))].sort();
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }),
    'astro.config.mjs': CONFIG,
    'src/content.config.ts': contentConfig(resolve(contentDir)),
    'src/components/Pass.astro': '<div><slot /></div>\n',
    'src/lib/components.ts': components(names),
    'src/lib/bodies.js': BODIES,
    'src/pages/[locale]/[issue]/index.astro': ISSUE_PAGE,
    'src/pages/[locale]/[issue]/[slug].astro': PIECE_PAGE,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  symlinkSync(join(projectDir, 'node_modules'), join(root, 'node_modules'));
  return root;
}
