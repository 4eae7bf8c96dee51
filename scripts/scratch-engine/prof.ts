import glossaryJson from '../../src/content/articles/stufft-astana-press-conference/glossary.json' with { type: 'json' };
import articleJson from '../../src/content/articles/stufft-astana-press-conference/article.json' with { type: 'json' };
import { compileArticle } from '../../src/content/compile-article.ts';
import { compileGlossary } from '../../src/content/compile-glossary.ts';
import { annotateArticle } from '../../src/features/import/utils/terms/annotate-article.ts';
import { compileTermPatterns } from '../../src/features/import/utils/terms/term-patterns.ts';
const article = compileArticle(articleJson);
const glossary = compileGlossary(glossaryJson, article);
const patterns = compileTermPatterns(glossary, article);
const paragraphs = [];
let size = 0;
for (let i = 0; size < 2e6; i++) {
  const p = article.paragraphs[i % article.paragraphs.length]!;
  paragraphs.push({ ...p, id: `p${i + 1}` });
  size += p.ru.text.length + p.en.text.length;
}
const big = { ...article, paragraphs };
for (let r = 0; r < 5; r++) {
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const result = annotateArticle(big, glossary, patterns);
  const c = process.cpuUsage(c1);
  console.log('2MB', (performance.now() - t1).toFixed(0), 'ms wall', ((c.user + c.system) / 1000).toFixed(0), 'ms cpu', result.annotations.length);
}
