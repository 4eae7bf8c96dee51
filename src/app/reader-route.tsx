import type { Article } from '@/content/article-schema';
import type { Glossary } from '@/content/glossary-schema';
import type { TermAnnotation } from '@/content/validate-glossary';
import type { AboutData } from '@/features/reader/components/about-text';
import { ReaderPage } from '@/features/reader/components/reader-page';
import { TermCardHost } from '@/features/vocabulary/components/term-card-host';
import { TermToggles } from '@/features/vocabulary/components/term-toggles';
import { useTermRenderer } from '@/features/vocabulary/hooks/use-term-renderer';

type Props = {
  article: Article;
  annotations: readonly TermAnnotation[];
  loadGlossary: () => Promise<Glossary>;
  /** Notes and editorial changes, when the article leaves them out (the curated one does). */
  loadAbout?: () => Promise<AboutData>;
};

/** The reader with the glossary plugged in: term marks in the text, their toggles and cards. */
export function ReaderRoute({ article, annotations, loadGlossary, loadAbout }: Props) {
  const renderTextRun = useTermRenderer(annotations, loadGlossary);
  return (
    <>
      <ReaderPage
        article={article}
        renderTextRun={renderTextRun}
        toolbarExtra={<TermToggles />}
        loadAbout={loadAbout}
      />
      <TermCardHost loadGlossary={loadGlossary} article={article} />
    </>
  );
}
