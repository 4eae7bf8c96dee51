import { describe, expect, it } from 'vitest';
import { decodeText, htmlToText, maxSideBytes, readTextFile } from './read-text-file';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('htmlToText', () => {
  it('turns block elements into paragraphs and drops scripts', () => {
    const html =
      '<html><head><style>p{}</style></head><body><h1>Заголовок</h1><p>Первый <b>абзац</b>.</p>' +
      '<script>alert(1)</script><div>Второй\n   абзац.</div><img src=x onerror="alert(2)"></body></html>';
    expect(htmlToText(html)).toBe('Заголовок\n\nПервый абзац.\n\nВторой абзац.');
  });
});

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(bytes('Привет'))).toEqual({ ok: true, text: 'Привет' });
  });

  it.each([
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary'],
    [new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'encoding'], // «Привет» in Windows-1251
    [new Uint8Array(maxSideBytes + 1).fill(0x61), 'tooLarge'],
  ] as const)('refuses %#: %s', (input, problem) => {
    expect(decodeText(input)).toEqual({ ok: false, problem });
  });
});

describe('readTextFile', () => {
  it('reads an HTML file as its text', async () => {
    const file = new File(['<p>One.</p><p>Two.</p>'], 'article.html', { type: 'text/html' });
    expect(await readTextFile(file)).toEqual({ ok: true, text: 'One.\n\nTwo.' });
  });

  it('keeps markdown and plain text as they are', async () => {
    const file = new File(['# Title\n\n<p>kept</p>'], 'notes.md');
    expect(await readTextFile(file)).toEqual({ ok: true, text: '# Title\n\n<p>kept</p>' });
  });
});

describe('htmlToText with hostile markup', () => {
  it('keeps only the text: handlers, scripts and styles leave nothing, text "on=" is untouched', () => {
    expect(
      htmlToText(
        '<p onclick="x()">Turn on=off</p><img src=x onerror="window.__pwned=1"><svg/onload=alert(1)></svg><script>bad()</script><style>p{}</style><p>Конец</p>',
      ),
    ).toBe('Turn on=off\n\nКонец');
  });
});
