import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/pdf/static-server.ts';
import { siteDir } from '../support/site.ts';
import { fixture } from '../support/fixture-site.ts';
import { pdfImages, pdfInfo, pdfPages } from '../support/pdf.ts';

/** Runs the editor's command as `npm run print-preview -- …` does (asynchronously: the test serves the site meanwhile). */
function printPreview(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/print-preview.ts', ...args]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A site in front of `origin` that answers photos late, as the live preview does while it resizes a large one. */
async function withSlowPhotos(origin: string) {
  const server = createServer(async (request, response) => {
    if (/\.(?:jpe?g|png|webp|avif)(?:\?|$)/.test(request.url ?? '')) await new Promise((resolve) => setTimeout(resolve, 1500));
    try {
      const answer = await fetch(`${origin}${request.url}`);
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      response.writeHead(502).end(); // asked for after the test ended
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the editor\'s print preview', () => {
  it('waits for the photos, however slowly they come, and prints them as the build does', async () => {
    const site = await serveStatic(fixture().siteDir);
    const slow = await withSlowPhotos(site.origin);
    try {
      const run = await printPreview(['1', '--site', slow.origin]);
      expect(run.status, run.output).toBe(0);
      const built = pdfImages(`${fixture().siteDir}/en/issues/1/quarterly-letter-1-en.pdf`);
      expect(built.length).toBeGreaterThan(0);
      expect(pdfImages('.cache/print-preview/quarterly-letter-1-en.pdf')).toEqual(built);
    } finally {
      await slow.close();
      await site.close();
    }
  });

  it('prints one issue from the site being previewed, as the build does, and says where the PDF is', async () => {
    const server = await serveStatic(siteDir());
    try {
      const run = await printPreview(['1', 'sr-cyrl', '--site', server.origin]);
      expect(run.status, run.output).toBe(0);
      const file = '.cache/print-preview/quarterly-letter-1-sr-cyrl.pdf';
      const built = `${siteDir()}/sr-cyrl/issues/1/quarterly-letter-1-sr-cyrl.pdf`;
      expect(run.output).toContain(`${file} (${pdfInfo(built)['Pages']} pages, `);
      expect(pdfPages(file)).toEqual(pdfPages(built));
    } finally {
      await server.close();
    }
  });

  it('says what to start when no site answers, and what it expects when the issue does not exist', async () => {
    const server = await serveStatic(siteDir());
    const { origin } = server;
    try {
      expect((await printPreview(['99', '--site', origin])).output).toContain('answered 404: is there an issue N° 99?');
    } finally {
      await server.close();
    }
    const nothing = await printPreview(['1', '--site', origin]);
    expect(nothing.status).not.toBe(0);
    expect(nothing.output).toContain('start the live preview (npm run dev)');
    expect(nothing.output).toContain('if it runs on another port, name it: --site http://localhost:4322');
    const bare = await printPreview(['1', '--site', 'localhost:4322']);
    expect(bare.status).not.toBe(0);
    expect(bare.output).toBe('--site localhost:4322: expected the address the preview prints, starting with http://, e.g. --site http://localhost:4322\n');
  });
});
