import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileArticle } from '../src/content/compile-article.ts';
import { compileGlossary } from '../src/content/compile-glossary.ts';
import { validateGlossary } from '../src/content/validate-glossary.ts';
import { formatIssue, validateArticle } from '../src/content/validate-article.ts';

/**
 * Fails `vite build` when a curated article does not validate against its Russian source, or the
 * glossary beside it (glossary.json, optional) does not validate against the article.
 */
export function validateArticles(articlesDir: string): Plugin {
  return {
    name: 'parallel-reader:validate-articles',
    apply: 'build',
    buildStart() {
      for (const name of readdirSync(articlesDir)) {
        const dir = join(articlesDir, name);
        const articleFile = join(dir, 'article.json');
        if (!existsSync(articleFile)) continue;
        const article = compileArticle(JSON.parse(readFileSync(articleFile, 'utf8')));
        const sourceFile = join(dir, 'source.ru.txt');
        const source = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : undefined;
        if (source === undefined) this.error(`${name}: no source.ru.txt beside article.json`);
        const issues = validateArticle(article, { source });
        if (issues.length > 0) {
          this.error(
            `${name} is not valid:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
          );
        }
        const glossaryFile = join(dir, 'glossary.json');
        if (!existsSync(glossaryFile)) continue;
        const glossary = compileGlossary(JSON.parse(readFileSync(glossaryFile, 'utf8')), article);
        const problems = validateGlossary(glossary, article, { minEntries: 50 });
        if (problems.length > 0) {
          this.error(`${name}: the glossary is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
      }
    },
  };
}
