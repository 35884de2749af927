import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** The environment of an editor's shell: without Vitest's variables (Astro's dev server turns itself off under VITEST). */
export const editorEnv = (env: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
  ...env,
});

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface Preview {
  origin: string;
  /** A page as the preview answers it, once the preview is ready. */
  fetchPage: (path: string) => Promise<{ status: number; html: string }>;
  /** What the preview has printed in the terminal so far. */
  log: () => string;
  /** Stops the preview; resolves once it has exited (the next preview shares its store). */
  stop: () => Promise<void>;
}

/** Starts the development preview (`npm run dev`) on the content `env` names, on a free port. */
export async function startPreview(env: Record<string, string>): Promise<Preview> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: editorEnv(env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  // Until Astro is ready, the port is closed or answers "Cannot GET": wait for a page of its own.
  const fetchPage = async (path: string) => {
    for (let attempt = 0; ; attempt++) {
      const answer = await fetch(`${origin}${path}`).then(
        async (response) => ({ status: response.status, html: await response.text() }),
        (error: unknown) => ({ status: 0, html: String(error) }),
      );
      if (answer.status !== 0 && !answer.html.includes('Cannot GET')) return answer;
      if (attempt > 120 || server.exitCode !== null) throw new Error(`The preview did not answer ${path}: ${answer.html}\n${log}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  // The server runs in its own process group: stop it and whatever it started.
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = once(server, 'exit');
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  };
  return { origin, fetchPage, log: () => log, stop };
}
