import { memo, useMemo, type CSSProperties, type RefObject } from 'react';
import { useValueAfterNextPaint } from '@/lib/after-next-paint';
import { useTranslation } from '@/lib/i18n/use-translation';
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

/** The cell's interface texts, in the interface language `lang` (computed once per language). */
type CellLabels = { lang: string; show: string; hide: string; copyLink: string };

type CellProps = {
  paragraph: Paragraph;
  number: number;
  side: Side;
  column: number;
  revealed: boolean;
  current: boolean;
  labels: CellLabels;
  speakerIndex: ReadonlyMap<string, number>;
  renderTextRun?: RenderTextRun;
};

/**
 * One paragraph of one column. Its props do not change with the view mode (CSS shows or hides the
 * reveal button and the revealed translation), so switching views re-renders no paragraph.
 */
const ParagraphCell = memo(function ParagraphCell(props: CellProps) {
  const {
    paragraph,
    number,
    side,
    column,
    revealed,
    current,
    labels,
    speakerIndex,
    renderTextRun,
  } = props;
  const translationId = `translation-${side}-${paragraph.id}`;
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
      {revealed && (
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
      <div className="cell-actions" lang={labels.lang}>
        <button
          type="button"
          className="cell-action cell-action--reveal"
          data-reveal={paragraph.id}
          aria-expanded={revealed}
          aria-controls={revealed ? translationId : undefined}
          tabIndex={rovingTabIndex}
        >
          {revealed ? labels.hide : labels.show}
        </button>
        <button
          type="button"
          className="cell-action cell-action--link"
          data-copy-link={paragraph.id}
          aria-label={labels.copyLink}
          title={labels.copyLink}
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
 * Both columns are always rendered; a one-language view hides the other (`hidden`), so a view
 * switch changes attributes, not the text.
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
  const sides: Side[] = swapped ? ['en', 'ru'] : ['ru', 'en'];
  const count = article.paragraphs.length;
  // In the two-column views the paragraphs' buttons show nothing that changes with the language
  // (the reveal button is hidden, the copy-link button shows "#"), so their labels follow a
  // language switch in the frame after it: 26 buttons re-labelled and re-styled in that frame would
  // delay it by about 2 ms (decision record 12). A one-language view shows its reveal buttons, so
  // there they change with the rest.
  const labelsAfterPaint = useValueAfterNextPaint(i18n.language);
  const labelLanguage = single ? i18n.language : labelsAfterPaint;
  const rows = useMemo(() => {
    const label = i18n.getFixedT(labelLanguage, 'reader');
    const [show, hide] = [label('reveal.show'), label('reveal.hide')];
    return article.paragraphs.map((paragraph, index) => ({
      paragraph,
      number: index + 1,
      labels: {
        lang: labelLanguage,
        show,
        hide,
        copyLink: label('paragraph.copyLink', { n: index + 1 }),
      },
    }));
  }, [article, i18n, labelLanguage]);
  const grid = {
    '--rows': count + 1,
    '--rows-stacked': count * 2,
    '--columns': single ? 1 : 2,
  } as CSSProperties;
  return (
    <div
      ref={containerRef}
      className="parallel"
      data-view={view}
      data-swapped={swapped || undefined}
      style={grid}
    >
      {sides.map((side, column) => {
        const hidden = single && side !== view;
        return (
          <section
            key={side}
            className="column"
            lang={side}
            data-column={side}
            aria-labelledby={`column-${side}`}
            hidden={hidden}
            aria-hidden={hidden || undefined}
          >
            <h2 className="column-heading" id={`column-${side}`} lang={i18n.language}>
              {t(`columns.${side}`)}
            </h2>
            {rows.map(({ paragraph, number, labels }) => (
              <ParagraphCell
                key={paragraph.id}
                paragraph={paragraph}
                number={number}
                side={side}
                column={column + 1}
                revealed={revealed.has(paragraph.id)}
                current={currentParagraph === paragraph.id}
                labels={labels}
                speakerIndex={speakerIndex}
                renderTextRun={renderTextRun}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
