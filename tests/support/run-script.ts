import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/**
 * Runs one of the project's scripts as `npm run` does, with the project's Node, and returns its exit status and
 * the text it printed as a reader sees it: colour codes removed, since Astro colours its messages whenever the
 * terminal (or FORCE_COLOR in CI) asks for it.
 */
export function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}
