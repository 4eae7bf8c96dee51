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

const annotationsOf = ({ glossary }: Compiled) => (glossary ? termAnnotations(glossary) : []);

/** Each `virtual:curated/<part>` module and the data it exports. */
const parts: Record<string, (compiled: Compiled) => unknown> = {
  article: ({ article }) => article,
  'article-skeleton': (compiled) => skeletonOf(compiled.article, annotationsOf(compiled)),
  'article-texts': ({ article }) => textsOf(article),
  'article-about': ({ article }) => ({ curations: article.curations, notes: article.notes }),
  glossary: ({ glossary }) => glossary,
  annotations: annotationsOf,
};

/**
 * The curated content, compiled and validated once at build time. The app imports the results as
 * plain data (`virtual:curated/<part>`, see `parts`), so no compiler or schema code ships for it,
 * and the build fails when an article drifts from its source or its rules.
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
      const part = id.slice(resolved.length);
      const data = Object.hasOwn(parts, part) ? parts[part]?.(curated()) : undefined;
      if (data === undefined) this.error(`unknown curated content ${id}`);
      // JSON.parse of a string literal is faster to load than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(articlesDir)) return;
      cache = undefined;
      for (const part of Object.keys(parts)) {
        const module = server.moduleGraph.getModuleById(`${resolved}${part}`);
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
