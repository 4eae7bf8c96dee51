import { describe, expect, it } from 'vitest';
import authored from './articles/stufft-astana-press-conference/article.json';
import source from './articles/stufft-astana-press-conference/source.ru.txt?raw';
import type { Article, Paragraph } from './article-schema';
import { compileArticle } from './compile-article';
import curatedArticle from 'virtual:curated/article';
import { formatIssue, validateArticle } from './validate-article';

const messagesFor = (article: Article, withSource = true) =>
  validateArticle(article, withSource ? { source } : {}).map(formatIssue);

/** A deep copy of the curated article with one paragraph changed. */
function broken(paragraphId: string, change: (paragraph: Paragraph, article: Article) => void) {
  const copy = structuredClone(curatedArticle);
  const paragraph = copy.paragraphs.find((p) => p.id === paragraphId);
  if (!paragraph) throw new Error(`no ${paragraphId}`);
  change(paragraph, copy);
  return copy;
}

describe('the curated article', () => {
  it('passes every rule against its source', () => {
    expect(messagesFor(curatedArticle)).toEqual([]);
  });

  it('has the 13 paragraphs of the source after joining the broken one', () => {
    expect(curatedArticle.paragraphs).toHaveLength(13);
    expect(curatedArticle.paragraphs[2]?.ru.text).toContain(
      'с момента обретения Казахстаном независимости.',
    );
  });

  it('opens and closes every English quotation, also where a reporting clause interrupts it', () => {
    for (const paragraph of curatedArticle.paragraphs) {
      const marks = [...paragraph.en.text].filter((char) => char === '“' || char === '”').join('');
      expect(marks, paragraph.id).toMatch(/^(“”)*$/);
    }
  });

  it('keeps the source typography character for character', () => {
    const russian = curatedArticle.paragraphs.map((p) => p.ru.text).join('\n');
    for (const detail of ['«Свобода-250»', '2024⁄25', '3 000', ' – ', 'Президентом Трампом']) {
      expect(russian).toContain(detail);
    }
  });
});

describe('validateArticle rejects a broken copy', () => {
  it('when the Russian drifts from the source, naming paragraph and character', () => {
    const copy = broken('p12', (p) => {
      p.ru.text = p.ru.text.replace('«Свобода-250»', '"Свобода-250"');
    });
    expect(messagesFor(copy)).toEqual([
      expect.stringMatching(
        /^p12 \(ru\): differs from source paragraph 12 at character \d+: .*⟦"Свобода/,
      ),
    ]);
  });

  it('when a documented curation is missing', () => {
    const copy = structuredClone(curatedArticle);
    copy.curations = [];
    expect(messagesFor(copy)).toContain(
      'the source has 14 paragraphs after curations, the article 13',
    );
  });

  it('when a side is empty', () => {
    const copy = broken('p5', (p) => {
      p.en = { text: ' ', sentences: [], marks: [] };
      p.groups = [];
    });
    expect(messagesFor(copy)).toContain('p5 (en): the text is empty');
  });

  it('when sentences do not tile the text', () => {
    const copy = broken('p4', (p) => {
      p.en.sentences = p.en.sentences.slice(0, 1);
      p.groups = p.groups.slice(0, 1);
    });
    expect(messagesFor(copy, false)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^p4 \(en\): the words “She specifically highlighted .*” at the end belong to no sentence$/,
        ),
        'p4 (ru): sentences 2–2 are in no group',
      ]),
    );
  });

  it('when a sentence group has a shape other than 1–1, 1–2 or 2–1', () => {
    const copy = broken('p10', (p) => {
      p.groups = [{ id: 'p10-s1', ru: [0, 1], en: [0, 1] }];
    });
    expect(messagesFor(copy)).toContain('p10: group p10-s1 is 2–2; allowed: 1:1, 1:2, 2:1');
  });

  it('when a quote names an unknown speaker', () => {
    const copy = broken('p6', (p) => {
      for (const mark of p.ru.marks) mark.speaker = 'nobody';
    });
    expect(messagesFor(copy)).toContain('p6 (ru): quote p6-q1 names unknown speaker “nobody”');
  });

  it('when marks overlap or leave the text', () => {
    const copy = broken('p3', (p) => {
      const [first] = p.en.marks;
      if (!first) throw new Error('p3 has marks');
      p.en.marks.push({ ...first, kind: 'reported', ref: 'p3-r9', end: first.end + 5 });
      p.ru.marks.push({ ...first, ref: 'p3-q9', start: 9000, end: 9010 });
    });
    const messages = messagesFor(copy);
    expect(messages).toContain('p3 (en): reported p3-r9 overlaps quote p3-q1');
    expect(messages).toContain('p3 (ru): quote p3-q9 lies outside the text');
  });

  it('when an attribution belongs to no quote', () => {
    const copy = broken('p11', (p) => {
      p.en.marks = p.en.marks.filter((m) => m.kind !== 'quote');
    });
    expect(messagesFor(copy)).toEqual(
      expect.arrayContaining([
        'p11 (en): attribution p11-q1 is attached to no quote',
        'p11: the quotes differ between the sides: ru [p11-q1 (stufft)], en []',
      ]),
    );
  });

  it('when the quotes differ in order or speaker between the sides', () => {
    const copy = broken('p8', (p, article) => {
      article.speakers.push({ ...article.speakers[0]!, id: 'someone' });
      for (const mark of p.en.marks) if (mark.ref === 'p8-q2') mark.speaker = 'someone';
    });
    expect(messagesFor(copy)).toContain(
      'p8: the quotes differ between the sides: ru [p8-q1 (stufft), p8-q2 (stufft)], en [p8-q1 (stufft), p8-q2 (someone)]',
    );
  });

  it('when a number is missing on one side', () => {
    const copy = broken('p10', (p) => {
      p.en.text = p.en.text.replace('3,000', '300');
    });
    expect(messagesFor(copy)).toEqual(
      expect.arrayContaining([
        'p10 (en): the number 3000 is missing from the English',
        'p10 (ru): the number 300 is missing from the Russian',
      ]),
    );
  });
});

describe('compileArticle', () => {
  const withParagraph = (id: string, change: (p: Record<string, unknown>) => void) => {
    const copy = structuredClone(authored) as unknown as { paragraphs: Record<string, unknown>[] };
    const paragraph = copy.paragraphs.find((p) => p.id === id);
    if (!paragraph) throw new Error(`no ${id}`);
    change(paragraph);
    return copy;
  };

  it('says which quoted words are not in the text', () => {
    const copy = withParagraph('p6', (p) => {
      p.quotes = [{ speaker: 'stufft', ru: 'Казахстану в Совете войны', en: 'Kazakhstan' }];
    });
    expect(() => compileArticle(copy)).toThrow(
      'p6 (ru) quote 1: “Казахстану в Совете войны” is not in the text',
    );
  });

  it('asks for more words when a quoted string is ambiguous', () => {
    const copy = withParagraph('p6', (p) => {
      p.quotes = [{ speaker: 'stufft', ru: 'Казахстан', en: 'Kazakhstan' }];
    });
    expect(() => compileArticle(copy)).toThrow('occurs more than once; quote more words');
  });

  it('numbers sentence groups and quotes by position, the same on both sides', () => {
    const p3 = curatedArticle.paragraphs[2]!;
    expect(p3.groups.map((g) => g.id)).toEqual(['p3-s1', 'p3-s2', 'p3-s3', 'p3-s4']);
    const quoteRefs = (side: 'ru' | 'en') =>
      p3[side].marks.filter((m) => m.kind === 'quote').map((m) => m.ref);
    expect(quoteRefs('ru')).toEqual(['p3-q1', 'p3-q1']);
    expect(quoteRefs('en')).toEqual(['p3-q1', 'p3-q1']);
  });
});
