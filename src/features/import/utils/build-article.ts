import { articleSchema, type Article, type Mark, type Speaker } from '@/content/article-schema';
import { validateArticle, type ValidationIssue } from '@/content/validate-article';
import { alignTexts } from './align-texts';
import type { GlossaryPair } from './anchors';
import { attachUnpaired } from './attach-unpaired';
import { normaliseText } from './normalise-text';
import { detectQuotes, type DetectedSpeaker } from './quotes/detect-quotes';
import { splitParagraphs } from './split-paragraphs';

/** The sentence group shapes an imported article may have ("ru:en"). */
export const importedGroupShapes = ['1:1', '1:2', '2:1', '2:2', '1:0', '0:1'] as const;
/** Groups below this confidence are flagged for the reader to review. */
export const lowConfidence = 0.5;

type Bilingual = { ru: string; en: string };
export type BuildArticleInput = {
  ru: string;
  en: string;
  title: Bilingual;
  /** Kebab-case id; made from the English title when absent. */
  id?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; today when absent. */
  date?: string;
  place?: Bilingual;
  source?: Bilingual;
  glossary?: readonly GlossaryPair[];
  onProgress?: (fraction: number) => void;
};

export type BuiltArticle = {
  article: Article;
  /** confidences[p][g]: confidence of group g of paragraph p, in [0, 1]. */
  confidences: number[][];
  /** What the validator says (numbers or quotes that differ between the sides): shown, not fatal. */
  warnings: ValidationIssue[];
};

export class ImportError extends Error {
  override name = 'ImportError';
}

const unknown: Bilingual = { ru: '—', en: '—' };
const slug = (text: string) =>
  text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '') || 'imported-article';

/** One speaker list for both sides: the same person (by name key) gets one id. */
function mergeSpeakers(ru: DetectedSpeaker[], en: DetectedSpeaker[]) {
  const speakers: Speaker[] = [];
  const ids = { ru: new Map<string, string>(), en: new Map<string, string>() };
  for (const english of en) {
    const russian = ru.find((r) => r.key !== '' && r.key === english.key);
    speakers.push({
      id: english.id,
      name: { ru: russian?.name ?? english.name, en: english.name },
      role: {
        ru: russian?.role ?? english.role ?? unknown.ru,
        en: english.role ?? russian?.role ?? unknown.en,
      },
    });
    ids.en.set(english.id, english.id);
    if (russian) ids.ru.set(russian.id, english.id);
  }
  for (const russian of ru) {
    if (ids.ru.has(russian.id)) continue;
    const id = speakers.some((s) => s.id === russian.id) ? `${russian.id}-ru` : russian.id;
    const role = russian.role ?? unknown.ru;
    speakers.push({
      id,
      name: { ru: russian.name, en: russian.name },
      role: { ru: role, en: role },
    });
    ids.ru.set(russian.id, id);
  }
  return { speakers, ids };
}

/**
 * A full `Article` from two raw texts: normalised, split into paragraphs, aligned (paragraphs,
 * then sentences), with direct speech marked on both sides. Each sentence group has a confidence;
 * the validator's findings come back as warnings, since an imported translation may legitimately
 * write a number differently or quote where the original reports.
 */
export function buildArticle(input: BuildArticleInput): BuiltArticle {
  const ru = splitParagraphs(normaliseText(input.ru));
  const en = splitParagraphs(normaliseText(input.en));
  if (ru.length === 0) throw new ImportError('the Russian text is empty');
  if (en.length === 0) throw new ImportError('the English text is empty');
  const progress = input.onProgress;
  const aligned = attachUnpaired(
    alignTexts(ru, en, { glossary: input.glossary, onProgress: (f) => progress?.(0.9 * f) }),
  );
  const ids = aligned.map((_, k) => `p${k + 1}`);
  const quotes = {
    ru: detectQuotes(
      aligned.map((p, k) => ({ id: ids[k] ?? '', text: p.ru.text })),
      'ru',
    ),
    en: detectQuotes(
      aligned.map((p, k) => ({ id: ids[k] ?? '', text: p.en.text })),
      'en',
    ),
  };
  const merged = mergeSpeakers(quotes.ru.speakers, quotes.en.speakers);
  const marksOf = (side: 'ru' | 'en', k: number): Mark[] =>
    (quotes[side].marks[k] ?? []).map((m) => ({
      ...m,
      speaker: merged.ids[side].get(m.speaker) ?? m.speaker,
    }));
  const paragraphs = aligned.map((paragraph, k) => ({
    id: ids[k] ?? '',
    ru: { ...paragraph.ru, marks: marksOf('ru', k) },
    en: { ...paragraph.en, marks: marksOf('en', k) },
    groups: paragraph.links.map((link, g) => ({
      id: `${ids[k]}-s${g + 1}`,
      ru: link.ru,
      en: link.en,
    })),
  }));
  const article = articleSchema.parse({
    id: input.id ?? slug(input.title.en),
    headline: input.title,
    date: input.date ?? new Date().toISOString().slice(0, 10),
    place: input.place ?? unknown,
    source: input.source ?? unknown,
    speakers: merged.speakers,
    curations: [],
    notes: [],
    paragraphs,
  });
  progress?.(1);
  return {
    article,
    confidences: aligned.map((p) => p.links.map((link) => link.confidence)),
    warnings: validateArticle(article, { groupShapes: importedGroupShapes }),
  };
}
