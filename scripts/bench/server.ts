import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotli, gzip } from './compression.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;

export type Mount = { prefix: string; dir: string };
export type StaticServer = { origin: string; close: () => Promise<void> };

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The file for a URL path inside `dir`, or undefined; never a path outside `dir`. */
function fileFor(dir: string, urlPath: string): string | undefined {
  const root = resolve(dir);
  const path = resolve(join(root, normalize(urlPath)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  // A prerendered page: /ru/ → ru/index.html, /ru → ru.html or ru/index.html.
  const candidates = urlPath.endsWith('/')
    ? [join(path, 'index.html')]
    : [path, `${path}.html`, join(path, 'index.html')];
  return candidates.find(isFile);
}

/**
 * A small production-like static server for `dist/`: prerendered HTML where it exists, the SPA
 * shell (index.html) for other extension-less paths, 404 for missing files (so that a missing
 * asset or robots.txt is not answered with HTML), content types, and gzip/brotli negotiation.
 */
export function serveStatic(root: string, mounts: readonly Mount[] = []): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const encoded = (file: string, encoding: 'br' | 'gzip', body: Buffer) => {
    const key = `${encoding}:${file}`;
    let value = cache.get(key);
    if (!value) cache.set(key, (value = encoding === 'br' ? brotli(body) : gzip(body)));
    return value;
  };

  const locate = (pathname: string) => {
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    if (mount) return fileFor(mount.dir, pathname.slice(mount.prefix.length - 1));
    const file = fileFor(root, pathname);
    if (file || extname(pathname) !== '') return file;
    return join(root, 'index.html'); // SPA fallback
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = locate(pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const raw = readFileSync(file);
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = !compressible.test(type)
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : undefined;
    const body = encoding ? encoded(file, encoding, raw) : raw;
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(compressible.test(type) ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    // Only ever on the loopback interface, on a free port.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
