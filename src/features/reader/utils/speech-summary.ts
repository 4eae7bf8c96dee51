import type { Article, Mark, Side } from '@/content/article-schema';

export type QuotePair = {
  ref: string;
  speaker: string;
  paragraphId: string;
  ru: string;
  en: string;
};

function segmentsOf(text: string, marks: Mark[], ref: string) {
  return marks
    .filter((mark) => mark.kind === 'quote' && mark.ref === ref)
    .sort((a, b) => a.start - b.start)
    .map((mark) => text.slice(mark.start, mark.end));
}

/** Every direct quote as a Russian/English pair, in reading order; interrupted quotes joined by “…”. */
export function quotePairs(article: Article): QuotePair[] {
  return article.paragraphs.flatMap((paragraph) => {
    const refs = [
      ...new Set(paragraph.ru.marks.filter((m) => m.kind === 'quote').map((m) => m.ref)),
    ];
    return refs.map((ref) => {
      const speaker = paragraph.ru.marks.find((m) => m.ref === ref)?.speaker ?? '';
      const side = (s: Side) => segmentsOf(paragraph[s].text, paragraph[s].marks, ref).join(' … ');
      return { ref, speaker, paragraphId: paragraph.id, ru: side('ru'), en: side('en') };
    });
  });
}

export type SpeakerCounts = { quotes: number; reported: number };

/** Direct quotes and reported statements per speaker (counted once per quote, not per segment). */
export function speakerCounts(article: Article): Map<string, SpeakerCounts> {
  const counts = new Map<string, SpeakerCounts>(
    article.speakers.map((s) => [s.id, { quotes: 0, reported: 0 }]),
  );
  const seen = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const mark of paragraph.ru.marks) {
      if ((mark.kind !== 'quote' && mark.kind !== 'reported') || seen.has(mark.ref)) continue;
      seen.add(mark.ref);
      const entry = counts.get(mark.speaker) ?? { quotes: 0, reported: 0 };
      if (mark.kind === 'quote') entry.quotes += 1;
      else entry.reported += 1;
      counts.set(mark.speaker, entry);
    }
  }
  return counts;
}
