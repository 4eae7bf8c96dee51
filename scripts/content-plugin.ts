import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Article } from '../src/content/article-schema.ts';
import { compileArticle } from '../src/content/compile-article.ts';
import { skeletonOf, textsOf } from '../src/content/article-skeleton.ts';
import { compileGlossary } from '../src/content/compile-glossary.ts';
import type { Glossary } from '../src/content/glossary-schema.ts';
import { formatIssue, validateArticle } from '../src/content/validate-article.ts';
import { termAnnotations, validateGlossary } from '../src/content/validate-glossary.ts';

const prefix = 'virtual:curated/';
const resolved = `\0${prefix}`;
const curatedId = 'stufft-astana-press-conference';

type Compiled = { article: Article; glossary?: Glossary };

function compileFolder(dir: string): Compiled {
  const article = compileArticle(JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')));
  const glossaryFile = join(dir, 'glossary.json');
  const glossary = existsSync(glossaryFile)
    ? compileGlossary(JSON.parse(readFileSync(glossaryFile, 'utf8')), article)
    : undefined;
  return { article, glossary };
}

function problemsOf(name: string, dir: string, { article, glossary }: Compiled): string[] {
  const sourceFile = join(dir, 'source.ru.txt');
  if (!existsSync(sourceFile)) return [`${name}: no source.ru.txt beside article.json`];
  const issues = validateArticle(article, { source: readFileSync(sourceFile, 'utf8') }).map(
    (issue) => `${name}: ${formatIssue(issue)}`,
  );
  const glossaryProblems = glossary
    ? validateGlossary(glossary, article, { minEntries: 50 }).map((p) => `${name} glossary: ${p}`)
    : [];
  return [...issues, ...glossaryProblems];
}

/**
 * The curated content, compiled and validated once at build time. The app imports the results as
 * plain data (`virtual:curated/article`, `…/article-skeleton`, `…/article-texts`, `…/article-about`, `…/annotations`,
 * `…/glossary`), so no compiler or schema
 * code ships for it, and the build fails when an article drifts from its source or its rules.
 */
export function curatedContent(articlesDir: string): Plugin {
  let cache: Compiled | undefined;
  const curated = () => (cache ??= compileFolder(join(articlesDir, curatedId)));
  return {
    name: 'parallel-reader:curated-content',
    buildStart() {
      cache = undefined;
      for (const name of readdirSync(articlesDir)) {
        const dir = join(articlesDir, name);
        if (!existsSync(join(dir, 'article.json'))) continue;
        const problems = problemsOf(name, dir, compileFolder(dir));
        if (problems.length > 0)
          this.error(
            `curated content is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          );
      }
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(resolved)) return undefined;
      const { article, glossary } = curated();
      const part = id.slice(resolved.length);
      const annotations = () => (glossary ? termAnnotations(glossary) : []);
      const data =
        part === 'article'
          ? article
          : part === 'article-skeleton'
            ? skeletonOf(article, annotations())
            : part === 'article-texts'
              ? textsOf(article)
              : part === 'article-about'
                ? { curations: article.curations, notes: article.notes }
                : part === 'glossary'
                  ? glossary
                  : part === 'annotations'
                    ? annotations()
                    : undefined;
      if (data === undefined) this.error(`unknown curated content ${id}`);
      // JSON.parse of a string literal is faster to load than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(articlesDir)) return;
      cache = undefined;
      for (const part of [
        'article',
        'article-skeleton',
        'article-texts',
        'glossary',
        'annotations',
      ]) {
        const module = server.moduleGraph.getModuleById(`${resolved}${part}`);
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
