import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** A malformed address is a missing page, not a crash of the build. */
function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Told of every file served, by its address and path on disk: the search budget counts what a reader downloads. */
export type ServeListener = (pathname: string, file: string, type: string) => void;

/** Serves a built site on 127.0.0.1 (a free port) so that Chromium loads its pages, styles and fonts as a reader would. */
export async function serveStatic(folder: string, onServe?: ServeListener): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    const pathname = safeDecode(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname === undefined ? '' : normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    const found = file.startsWith(root + sep) && (await stat(file).catch(() => undefined))?.isFile();
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
    onServe?.(pathname!, file, type);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
