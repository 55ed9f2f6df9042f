import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './test/test-app.ts';

// What a phone on rural 4G receives: compressed bytes, hashed files cached for a year,
// the page itself never cached.
let context: TestContext;
let dist: string;
const script = `console.log(${JSON.stringify('Cap Numérique '.repeat(400))});`;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'capnum-dist-'));
  mkdirSync(join(dist, 'assets'));
  const page = `<!doctype html><html lang="fr"><body>${'<p>Cap Numérique</p>'.repeat(100)}</body></html>`;
  for (const [name, body] of [
    ['index.html', page],
    ['assets/app-3f2a1b.js', script],
  ] as const) {
    writeFileSync(join(dist, name), body);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
  }
  context = await createTestContext({ webDistDir: dist });
});
afterAll(async () => {
  await context.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  context.app.inject({
    method: 'GET',
    url,
    headers: encoding ? { 'accept-encoding': encoding } : {},
  });

describe('delivering the web client', () => {
  it('sends hashed assets precompressed, cached as immutable for a year', async () => {
    const brotli = await get('/assets/app-3f2a1b.js', 'br, gzip');
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    const gzip = await get('/assets/app-3f2a1b.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/app-3f2a1b.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('never caches the page itself, at its own address or at a client route', async () => {
    for (const url of ['/index.html', '/diagnostic', '/mon-compte']) {
      const response = await get(url, 'br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString()).toContain('<html lang="fr">');
    }
  });

  it('compresses large API answers, and keeps them uncached', async () => {
    const response = await get('/api/docs/json', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const document = JSON.parse(brotliDecompressSync(response.rawPayload).toString());
    expect(document.openapi).toMatch(/^3\./);
  });
});
