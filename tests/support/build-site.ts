import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runScript } from './run-script.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/** Builds the real archive once with the project's build script; site tests read the result. */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'ql-site-'));
  const siteDir = join(root, 'dist');
  // Caches of its own: the pages and PDFs under test are made by this build, not taken from an earlier one.
  const result = runScript('scripts/build.ts', [], { ...process.env, QL_OUT_DIR: siteDir, QL_CACHE_DIR: join(root, 'cache'), QL_PDF_CACHE_DIR: join(root, 'pdf-cache') });
  if (result.status !== 0) throw new Error(`The site build failed:\n${result.output}`);
  project.provide('siteDir', siteDir);
  return () => rmSync(root, { recursive: true, force: true });
}
