import { z } from 'zod';
import type { Article } from '@/content/article-schema';
import { type LibraryRecord, type SetAside, storedRecordSchema } from '../storage/library-records';

/** A library file: a versioned envelope around stored records, so it can be read back later. */
export const libraryFormat = 'parallel-reader-library';
export const libraryFileVersion = 1;
/** Far above a library of long articles, small enough to parse in one go. */
export const maxLibraryFileBytes = 50 * 1024 * 1024;

export type LibraryFile = {
  format: typeof libraryFormat;
  version: typeof libraryFileVersion;
  exportedAt: string;
  articles: LibraryRecord[];
};

export function makeLibraryFile(records: readonly LibraryRecord[], now = new Date()): LibraryFile {
  return {
    format: libraryFormat,
    version: libraryFileVersion,
    exportedAt: now.toISOString(),
    // A deletion mark belongs to this browser's undo, not to the article.
    articles: records.map((record) => {
      const copy = { ...record };
      delete copy.deletedAt;
      return copy;
    }),
  };
}

/** "parallel-reader-library-2026-02-13.json", or the article's title instead of "library". */
export function libraryFileName(now: Date, title?: string): string {
  const date = now.toISOString().slice(0, 10);
  const name = (title ?? 'library')
    .normalize('NFC')
    // Characters that some systems refuse in file names, and runs of spaces, become one dash.
    .replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return `parallel-reader-${name || 'article'}-${date}.json`;
}

/** Why one field failed, in words the interface can translate. */
export type IssueKind =
  'missing' | 'wrongType' | 'empty' | 'tooLong' | 'badFormat' | 'badValue' | 'outOfRange';
export type FieldIssue = { field: string; kind: IssueKind };

export type LibraryFileProblem =
  | { kind: 'tooLarge' | 'empty' | 'binary' | 'encoding' | 'notJson' | 'notLibrary' }
  | { kind: 'noArticles' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'damaged'; issue: FieldIssue }
  | { kind: 'badArticle'; number: number; title?: string; issue: FieldIssue };

export type ParsedLibraryFile =
  { ok: true; file: LibraryFile } | { ok: false; problem: LibraryFileProblem };

const envelopeSchema = z.object({
  format: z.literal(libraryFormat),
  version: z.literal(libraryFileVersion),
  exportedAt: z.iso.datetime({ offset: true }),
  articles: z.array(z.unknown()),
});

const valueAt = (root: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    root,
  );

function describeIssue(root: unknown, issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.') || '—';
  const kinds: Partial<Record<string, IssueKind>> = {
    invalid_type: valueAt(root, issue.path) === undefined ? 'missing' : 'wrongType',
    too_small: 'empty',
    too_big: 'tooLong',
    invalid_format: 'badFormat',
  };
  return { field, kind: kinds[issue.code] ?? 'badValue' };
}

/** Spans and sentence numbers the reader would follow must stay inside their text. */
function outOfRange(article: Article): string | undefined {
  for (const [p, paragraph] of article.paragraphs.entries()) {
    for (const side of ['ru', 'en'] as const) {
      const { text, sentences, marks } = paragraph[side];
      const at = `article.paragraphs.${p}.${side}`;
      const sentence = sentences.findIndex((span) => span.end > text.length);
      if (sentence >= 0) return `${at}.sentences.${sentence}`;
      const mark = marks.findIndex((span) => span.end > text.length || span.start >= span.end);
      if (mark >= 0) return `${at}.marks.${mark}`;
      const group = paragraph.groups.findIndex((g) => g[side].some((i) => i >= sentences.length));
      if (group >= 0) return `article.paragraphs.${p}.groups.${group}.${side}`;
    }
  }
  return undefined;
}

function parseArticle(raw: unknown, index: number): LibraryRecord | LibraryFileProblem {
  const rawTitle = valueAt(raw, ['title']);
  const title =
    typeof rawTitle === 'string' && rawTitle.trim() ? rawTitle.trim().slice(0, 80) : undefined;
  const problem = (issue: FieldIssue): LibraryFileProblem => ({
    kind: 'badArticle',
    number: index + 1,
    title,
    issue,
  });
  const parsed = storedRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return problem(first ? describeIssue(raw, first) : { field: '—', kind: 'badValue' });
  }
  const record = parsed.data;
  if (record.article.id !== record.id) return problem({ field: 'article.id', kind: 'badValue' });
  const field = outOfRange(record.article);
  return field ? problem({ field, kind: 'outOfRange' }) : record;
}

/**
 * Reads a library file's bytes. Every article is checked before anything is returned: a file is
 * accepted whole or refused with the first problem found, named precisely enough to fix.
 */
export function parseLibraryFile(bytes: Uint8Array): ParsedLibraryFile {
  const fail = (problem: LibraryFileProblem): ParsedLibraryFile => ({ ok: false, problem });
  if (bytes.byteLength > maxLibraryFileBytes) return fail({ kind: 'tooLarge' });
  // NUL never appears in JSON text; images, archives and office files have it early on.
  if (bytes.includes(0)) return fail({ kind: 'binary' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ kind: 'encoding' });
  }
  if (!text.trim()) return fail({ kind: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  if (valueAt(json, ['format']) !== libraryFormat) return fail({ kind: 'notLibrary' });
  const version = valueAt(json, ['version']);
  if (typeof version === 'number' && version > libraryFileVersion)
    return fail({ kind: 'newerVersion', version });
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    return fail({
      kind: 'damaged',
      issue: first ? describeIssue(json, first) : { field: '—', kind: 'badValue' },
    });
  }
  if (envelope.data.articles.length === 0) return fail({ kind: 'noArticles' });
  const articles: LibraryRecord[] = [];
  for (const [index, raw] of envelope.data.articles.entries()) {
    const result = parseArticle(raw, index);
    if ('kind' in result) return fail(result);
    articles.push(result);
  }
  return { ok: true, file: { ...envelope.data, format: libraryFormat, articles } };
}

/**
 * Stored values that could not be read, as they are, so the reader can keep or inspect them.
 * A value JSON cannot hold (it would have to be written by something other than this app) is
 * kept as its text.
 */
export function unreadableFile(aside: readonly SetAside[], now = new Date()): string {
  const records = aside.map(({ key, reason, raw }) => {
    try {
      JSON.stringify(raw);
      return { key, reason, value: raw };
    } catch {
      return { key, reason, value: String(raw) };
    }
  });
  const file = { format: 'parallel-reader-unreadable', exportedAt: now.toISOString(), records };
  return `${JSON.stringify(file, null, 2)}\n`;
}
