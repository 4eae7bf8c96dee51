import { memo, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Paragraph, Side } from '@/content/article-schema';
import { isSingleLanguage, type ViewMode } from '../utils/reader-settings';
import { ParagraphText, type RenderTextRun } from './paragraph-text';

type Props = {
  article: Article;
  view: ViewMode;
  swapped: boolean;
  revealed: ReadonlySet<string>;
  currentParagraph: string;
  speakerIndex: ReadonlyMap<string, number>;
  renderTextRun?: RenderTextRun;
  containerRef: RefObject<HTMLDivElement | null>;
};

const otherSide = (side: Side): Side => (side === 'ru' ? 'en' : 'ru');

type CellProps = {
  paragraph: Paragraph;
  number: number;
  side: Side;
  column: number;
  single: boolean;
  revealed: boolean;
  current: boolean;
  speakerIndex: ReadonlyMap<string, number>;
  renderTextRun?: RenderTextRun;
};

const ParagraphCell = memo(function ParagraphCell(props: CellProps) {
  const {
    paragraph,
    number,
    side,
    column,
    single,
    revealed,
    current,
    speakerIndex,
    renderTextRun,
  } = props;
  const { t, i18n } = useTranslation('reader');
  const translationId = `translation-${paragraph.id}`;
  // Paragraphs are reading positions: one per column sits in the tab order (roving tabindex).
  const rovingTabIndex = current ? 0 : -1;
  const rows = { '--row': number + 1, '--row-stacked': 2 * number - 2 + column } as CSSProperties;
  return (
    <div className="cell" style={rows}>
      <p
        className="para"
        id={`${side}-${paragraph.id}`}
        data-paragraph={paragraph.id}
        lang={side}
        tabIndex={rovingTabIndex}
      >
        <ParagraphText
          paragraph={paragraph}
          side={side}
          focusable={current}
          speakerIndex={speakerIndex}
          renderTextRun={renderTextRun}
        />
      </p>
      {single && revealed && (
        <p
          className="para para--translation"
          id={translationId}
          data-paragraph={paragraph.id}
          lang={otherSide(side)}
          tabIndex={-1}
        >
          <ParagraphText
            paragraph={paragraph}
            side={otherSide(side)}
            focusable={current}
            speakerIndex={speakerIndex}
            renderTextRun={renderTextRun}
          />
        </p>
      )}
      <div className="cell-actions" lang={i18n.language}>
        {single && (
          <button
            type="button"
            className="cell-action"
            data-reveal={paragraph.id}
            aria-expanded={revealed}
            aria-controls={revealed ? translationId : undefined}
            tabIndex={rovingTabIndex}
          >
            {revealed ? t('reveal.hide') : t('reveal.show')}
          </button>
        )}
        <button
          type="button"
          className="cell-action cell-action--link"
          data-copy-link={paragraph.id}
          aria-label={t('paragraph.copyLink', { n: number })}
          title={t('paragraph.copyLink', { n: number })}
          tabIndex={rovingTabIndex}
        >
          <span aria-hidden="true">#</span>
        </button>
      </div>
    </div>
  );
});

/**
 * The article as one grid: each language is one contiguous column (copying it gives one language;
 * a screen reader reads one language at a time), and CSS subgrid puts each paragraph pair on one
 * row so that their tops are level. The interleaved view and narrow screens stack the same DOM.
 */
export function ParallelText({
  article,
  view,
  swapped,
  revealed,
  currentParagraph,
  speakerIndex,
  renderTextRun,
  containerRef,
}: Props) {
  const { t, i18n } = useTranslation('reader');
  const single = isSingleLanguage(view);
  const sides: Side[] = single ? [view] : swapped ? ['en', 'ru'] : ['ru', 'en'];
  const count = article.paragraphs.length;
  const grid = {
    '--rows': count + 1,
    '--rows-stacked': count * 2,
    '--columns': sides.length,
  } as CSSProperties;
  return (
    <div
      ref={containerRef}
      className="parallel"
      data-view={view}
      data-swapped={swapped || undefined}
      style={grid}
    >
      {sides.map((side, column) => (
        <section
          key={side}
          className="column"
          lang={side}
          data-column={side}
          aria-labelledby={`column-${side}`}
        >
          <h2 className="column-heading" id={`column-${side}`} lang={i18n.language}>
            {t(`columns.${side}`)}
          </h2>
          {article.paragraphs.map((paragraph, index) => (
            <ParagraphCell
              key={paragraph.id}
              paragraph={paragraph}
              number={index + 1}
              side={side}
              column={column + 1}
              single={single}
              revealed={revealed.has(paragraph.id)}
              current={currentParagraph === paragraph.id}
              speakerIndex={speakerIndex}
              renderTextRun={renderTextRun}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
