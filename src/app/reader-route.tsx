import type { Article } from '@/content/article-schema';
import type { Glossary } from '@/content/glossary-schema';
import type { TermAnnotation } from '@/content/validate-glossary';
import { ReaderPage } from '@/features/reader/components/reader-page';
import { TermCardHost } from '@/features/vocabulary/components/term-card';
import { TermToggles } from '@/features/vocabulary/components/term-toggles';
import { useTermRenderer } from '@/features/vocabulary/hooks/use-term-renderer';

type Props = {
  article: Article;
  annotations: readonly TermAnnotation[];
  loadGlossary: () => Promise<Glossary>;
};

/** The reader with the glossary plugged in: term marks in the text, their toggles and cards. */
export function ReaderRoute({ article, annotations, loadGlossary }: Props) {
  const renderTextRun = useTermRenderer(annotations, loadGlossary);
  return (
    <>
      <ReaderPage article={article} renderTextRun={renderTextRun} toolbarExtra={<TermToggles />} />
      <TermCardHost loadGlossary={loadGlossary} article={article} />
    </>
  );
}
