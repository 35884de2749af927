import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { FIXTURE_BUILD_DATE, type FixtureSite } from './fixture-site.ts';
import { runScript } from './run-script.ts';
import { editorEnv, startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixture: FixtureSite;
  }
}

function run(script: string, env: Record<string, string>) {
  const result = runScript(script, [], editorEnv(env));
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.output}`);
}

/** Starts the development preview on the content, saves the HTML of `paths` as files, and stops it. */
async function capturePreview(env: Record<string, string>, paths: string[], into: string) {
  const preview = await startPreview(env);
  try {
    for (const path of paths) {
      const { status, html } = await preview.fetchPage(path);
      if (status !== 200) throw new Error(`The preview answered ${status} for ${path}:\n${html.slice(0, 2000)}`);
      mkdirSync(join(into, path), { recursive: true });
      writeFileSync(join(into, path, 'index.html'), html);
    }
  } finally {
    await preview.stop();
  }
}

/**
 * The fixture archive (tests/fixtures/archive) plus an issue made by `npm run new-issue`, built for
 * production on a fixed build date, and its pages as the development preview shows them. Runs after the
 * real site's build, never beside it: builds share the project's .astro folder.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'ql-fixture-'));
  const contentDir = join(root, 'content');
  cpSync('tests/fixtures/archive', contentDir, { recursive: true });
  const env = { QL_CONTENT_DIR: contentDir, QL_BUILD_DATE: FIXTURE_BUILD_DATE };
  run('scripts/new-issue.ts', env);

  const siteDir = join(root, 'dist');
  run('scripts/build.ts', { ...env, QL_OUT_DIR: siteDir, QL_CACHE_DIR: join(root, 'build-cache'), QL_PDF_CACHE_DIR: join(root, 'pdf-cache') });

  const { issues } = assembleArchive((await readContent(contentDir)).input);
  const paths = ['/en/', '/en/agenda/', '/en/contacts/'];
  for (const issue of issues) {
    paths.push(`/en/issues/${issue.number}/`, ...issue.pieces.map((piece) => `/en/issues/${issue.number}/${piece.slug}/`));
  }
  const previewDir = join(root, 'preview');
  await capturePreview({ ...env, QL_CACHE_DIR: join(root, 'dev-cache') }, paths, previewDir);

  project.provide('fixture', { siteDir, previewDir });
  return () => rmSync(root, { recursive: true, force: true });
}
