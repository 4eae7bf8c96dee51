import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Sizes = { raw: number; gzip: number; brotli: number };

/**
 * The sizes a static host would send: gzip at level 9 and brotli at quality 11, as precompressed
 * assets are (on-the-fly compression is usually lighter, so real transfers may be a little larger).
 */
export const gzip = (body: Buffer) => gzipSync(body, { level: 9 });
export const brotli = (body: Buffer) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });

export const sizesOf = (body: Buffer): Sizes => ({
  raw: body.length,
  gzip: gzip(body).length,
  brotli: brotli(body).length,
});

export const addSizes = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

export const noBytes: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export const sumSizes = (list: readonly Sizes[]) => list.reduce(addSizes, noBytes);
