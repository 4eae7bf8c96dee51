import { describe, expect, it } from 'vitest';
import {
  attributesFor,
  htmlAttributesAdder,
  htmlTagSearchLimit,
  pageAddressFor,
} from './first-paint.mjs';

const encoder = new TextEncoder();

/** A stream giving `text`'s bytes in pieces of `size` bytes (cutting through characters). */
function streamOf(text: string, size: number) {
  const bytes = encoder.encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size)
        controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });
}

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();
const withHtmlAttributes = (body: ReadableStream<Uint8Array>, attributes: string) =>
  body.pipeThrough(htmlAttributesAdder(attributes));

const page = '<!doctype html>\n<html lang="ru">\n  <head><title>Читатель — «тест»</title></head>';

describe('attributesFor', () => {
  it('turns the known settings into attributes, in a fixed order', () => {
    expect(attributesFor({ lineSpacing: 'relaxed', fontSize: '24', theme: 'dark' })).toBe(
      ' data-theme="dark" data-first-font-size="24" data-first-line-spacing="relaxed"',
    );
  });

  it('ignores anything that could add markup, and anything it does not know', () => {
    expect(
      attributesFor({
        theme: 'dark" onload="alert(1)',
        fontSize: 24,
        lineSpacing: '<b>',
        swapped: 'true',
      }),
    ).toBe('');
    for (const value of [null, 'dark', ['dark'], 42, undefined])
      expect(attributesFor(value)).toBe('');
    expect(attributesFor(JSON.parse('{"__proto__": {"theme": "dark"}}'))).toBe('');
  });
});

describe('htmlAttributesAdder', () => {
  it.each([1, 3, 7, 64, 4096])(
    'adds them to the <html> tag, in chunks of %i bytes',
    async (size) => {
      const out = await read(withHtmlAttributes(streamOf(page, size), ' data-theme="dark"'));
      expect(out).toBe(page.replace('<html lang="ru">', '<html lang="ru" data-theme="dark">'));
    },
  );

  it('finds a bare or upper-case tag, and leaves the doctype alone', async () => {
    const bare = '<!DOCTYPE html><HTML><body>x</body></HTML>';
    expect(await read(withHtmlAttributes(streamOf(bare, 5), ' data-theme="light"'))).toBe(
      '<!DOCTYPE html><HTML data-theme="light"><body>x</body></HTML>',
    );
  });

  it('passes a page without an early <html> tag through unchanged', async () => {
    const noTag = 'x'.repeat(htmlTagSearchLimit * 2) + '<html lang="en">';
    expect(await read(withHtmlAttributes(streamOf(noTag, 1000), ' data-theme="dark"'))).toBe(noTag);
    const short = '<htmlx>not a page';
    expect(await read(withHtmlAttributes(streamOf(short, 4), ' data-theme="dark"'))).toBe(short);
  });
});

describe('pageAddressFor', () => {
  const pages = ['/', '/ru/', '/vocabulary/', '/ru/vocabulary/', '/articles/a/', '/ru/articles/a/'];
  const at = (path: string) => `https://reader.test${path}`;
  const ru = { language: 'ru' };

  it('serves a reader who chose Russian the Russian page of the address', () => {
    expect(pageAddressFor(at('/'), ru, pages)).toBe(at('/ru/'));
    expect(pageAddressFor(at('/vocabulary'), ru, pages)).toBe(at('/ru/vocabulary/'));
    expect(pageAddressFor(at('/articles/a?view=ru#p3'), ru, pages)).toBe(
      at('/ru/articles/a/?view=ru#p3'),
    );
  });

  it('leaves the address alone when it names its language, or there is no Russian page', () => {
    expect(pageAddressFor(at('/?lng=en'), ru, pages)).toBe(at('/?lng=en'));
    expect(pageAddressFor(at('/ru/'), ru, pages)).toBe(at('/ru/'));
    expect(pageAddressFor(at('/articles/imported-1'), ru, pages)).toBe(at('/articles/imported-1'));
    expect(pageAddressFor(at('/'), { language: 'en' }, pages)).toBe(at('/'));
    for (const stored of [{}, null, 'ru', ['ru'], { language: ['ru'] }]) {
      expect(pageAddressFor(at('/'), stored, pages)).toBe(at('/'));
    }
  });
});
