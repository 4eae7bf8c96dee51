import type { Article } from '@/content/article-schema';
import type { GlossaryEntry } from '@/content/glossary-schema';
import { bestContext } from './occurrence-context';

// Tabs and line breaks would split Anki's fields and notes; a field with a double quote is quoted
// CSV-style (quotes doubled), as Anki's importer reads a leading quote as the start of one.
function field(text: string) {
  const flat = text.replace(/[\t\r\n]+/g, ' ').trim();
  return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/**
 * My words as a tab-separated file Anki imports as notes: Front (Russian headword with stress),
 * Back (English), the context sentence in both languages, and tags. The header lines tell Anki
 * the separator, that fields are plain text, and which column holds the tags.
 */
export function ankiTsv(entries: readonly GlossaryEntry[], article: Article): string {
  const header = [
    '#separator:tab',
    '#html:false',
    '#columns:Front\tBack\tContext (Russian)\tContext (English)\tTags',
    '#tags column:5',
  ];
  const rows = entries.map((entry) => {
    const context = bestContext(article, entry);
    const tags = ['parallel-reader', article.id, ...entry.tags]
      .map((tag) => tag.replace(/\s+/g, '_'))
      .join(' ');
    return [
      entry.headword,
      entry.en.join('; '),
      context?.ru?.sentence ?? '',
      context?.en?.sentence ?? '',
      tags,
    ]
      .map(field)
      .join('\t');
  });
  return `${[...header, ...rows].join('\n')}\n`;
}
