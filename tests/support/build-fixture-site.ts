import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { FIXTURE_BUILD_DATE, type FixtureSite } from './fixture-site.ts';
import { runScript } from './run-script.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixture: FixtureSite;
  }
}

/** The environment of an editor's shell: without Vitest's variables (Astro's dev server turns itself off under VITEST). */
const editorEnv = (env: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
  ...env,
});

function run(script: string, env: Record<string, string>) {
  const result = runScript(script, [], editorEnv(env));
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.output}`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Starts the development preview on the content, saves the HTML of `paths` as files, and stops it. */
async function capturePreview(env: Record<string, string>, paths: string[], into: string) {
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: editorEnv(env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  try {
    // Until Astro is ready, the port is closed or answers "Cannot GET": wait for a page of its own.
    const fetchPage = async (path: string) => {
      for (let attempt = 0; ; attempt++) {
        const answer = await fetch(`http://127.0.0.1:${port}${path}`).then(
          async (response) => ({ status: response.status, html: await response.text() }),
          (error: unknown) => ({ status: 0, html: String(error) }),
        );
        if (answer.status !== 0 && !answer.html.includes('Cannot GET')) return answer;
        if (attempt > 120 || server.exitCode !== null) throw new Error(`The preview did not answer ${path}: ${answer.html}\n${log}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    for (const path of paths) {
      const { status, html } = await fetchPage(path);
      if (status !== 200) throw new Error(`The preview answered ${status} for ${path}:\n${html.slice(0, 2000)}\n${log}`);
      mkdirSync(join(into, path), { recursive: true });
      writeFileSync(join(into, path, 'index.html'), html);
    }
  } finally {
    // The server runs in its own process group: stop it and whatever it started.
    process.kill(-server.pid!, 'SIGTERM');
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
