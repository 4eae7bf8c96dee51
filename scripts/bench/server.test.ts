import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './server';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  mkdirSync(join(dir, 'dist', 'ru'), { recursive: true });
  mkdirSync(join(dir, 'floor'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<p>shell</p>');
  writeFileSync(join(dir, 'dist', 'ru', 'index.html'), '<p>prerendered ru</p>');
  writeFileSync(join(dir, 'dist', 'app.js'), 'console.log(1);'.repeat(100));
  writeFileSync(join(dir, 'floor', 'index.html'), '<p>floor</p>');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  server = await serveStatic(join(dir, 'dist'), [{ prefix: '/floor/', dir: join(dir, 'floor') }]);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation, no automatic decompression). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${server.origin}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the benchmark static server', () => {
  it('listens on the loopback interface only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    { path: '/', status: 200, body: 'shell' },
    { path: '/articles/some-article', status: 200, body: 'shell' },
    { path: '/ru/', status: 200, body: 'prerendered ru' },
    { path: '/ru', status: 200, body: 'prerendered ru' },
    { path: '/floor/', status: 200, body: 'floor' },
    { path: '/missing.js', status: 404, body: 'Not found' },
    { path: '/robots.txt', status: 404, body: 'Not found' },
    { path: '/../secret.txt', status: 404, body: 'Not found' },
    { path: '/%2e%2e/secret.txt', status: 404, body: 'Not found' },
  ])('GET $path → $status', async ({ path, status, body }) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.body.toString()).toContain(body);
  });

  it('sends content types and negotiates brotli, then gzip', async () => {
    const br = await get('/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe('console.log(1);'.repeat(100));
    const gzip = await get('/app.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get('/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(1500);
  });
});
