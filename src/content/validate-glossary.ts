import { sides, type Article, type Side } from './article-schema.ts';
import type { Glossary } from './glossary-schema.ts';
import { stressProblems } from './stress.ts';

export type TermAnnotation = {
  paragraph: string;
  side: Side;
  start: number;
  end: number;
  entry: string;
  occurrence: string;
};

/** Every marked term in the article, per side: what the reader renders as `data-term`. */
export function termAnnotations(glossary: Glossary): TermAnnotation[] {
  return glossary.entries.flatMap((entry) =>
    entry.occurrences.flatMap((occurrence) =>
      sides.flatMap((side) => {
        const span = occurrence[side];
        return span
          ? [
              {
                paragraph: occurrence.paragraph,
                side,
                ...span,
                entry: entry.id,
                occurrence: occurrence.id,
              },
            ]
          : [];
      }),
    ),
  );
}

type Options = { minEntries?: number; annotations?: TermAnnotation[] };

/** Every problem in a glossary, each naming its entry (and paragraph and side where it has one). */
export function validateGlossary(
  glossary: Glossary,
  article: Article,
  options: Options = {},
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  if (options.minEntries !== undefined && glossary.entries.length < options.minEntries) {
    problems.push(
      `the glossary has ${glossary.entries.length} entries; at least ${options.minEntries} are required`,
    );
  }
  for (const entry of glossary.entries) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: the id is used twice`);
    ids.add(entry.id);
    for (const side of sides) {
      if (!entry.occurrences.some((occurrence) => occurrence[side])) {
        problems.push(
          `${entry.id}: occurs nowhere in the ${side === 'ru' ? 'Russian' : 'English'} text`,
        );
      }
    }
    if (entry.pos !== 'abbreviation') {
      for (const problem of stressProblems(entry.headword))
        problems.push(`${entry.id}: headword ${problem}`);
      if (entry.grammar.pair)
        for (const problem of stressProblems(entry.grammar.pair))
          problems.push(`${entry.id}: aspect pair ${problem}`);
    }
    for (const [field, text] of Object.entries({
      ...prefixKeys('note', entry.note),
      ...prefixKeys('falseFriend', entry.falseFriend),
    })) {
      if (!text.trim()) problems.push(`${entry.id}: ${field} is empty`);
    }
  }

  const annotations = options.annotations ?? termAnnotations(glossary);
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
  for (const annotation of annotations) {
    const where = `${annotation.occurrence} in ${annotation.paragraph} (${annotation.side})`;
    if (!ids.has(annotation.entry))
      problems.push(`${where}: names no glossary entry (“${annotation.entry}”)`);
    const side = paragraphs.get(annotation.paragraph)?.[annotation.side];
    if (!side) {
      problems.push(`${where}: no such paragraph`);
      continue;
    }
    const inOneSentence = side.sentences.some(
      (s) => s.start <= annotation.start && annotation.end <= s.end,
    );
    if (!inOneSentence) problems.push(`${where}: spans more than one sentence`);
  }
  for (const [index, a] of annotations.entries()) {
    for (const b of annotations.slice(index + 1)) {
      if (a.paragraph !== b.paragraph || a.side !== b.side) continue;
      // One word belongs to one term: overlapping (or nested) terms would make one card ambiguous.
      if (a.start < b.end && b.start < a.end)
        problems.push(`${a.occurrence} and ${b.occurrence} in ${a.paragraph} (${a.side}) overlap`);
    }
  }
  return problems;
}

function prefixKeys(prefix: string, value: { ru: string; en: string } | undefined) {
  return value ? { [`${prefix}.ru`]: value.ru, [`${prefix}.en`]: value.en } : {};
}
