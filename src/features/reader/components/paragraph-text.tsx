import { memo, type ReactNode } from 'react';
import type { Paragraph, Side } from '@/content/article-schema';
import type { RenderTextRun } from '@/content/text-run';
import { sideRuns, type Piece } from '../utils/side-pieces';

export type { RenderTextRun, TextRun } from '@/content/text-run';

type Props = {
  paragraph: Paragraph;
  side: Side;
  focusable: boolean;
  speakerIndex: ReadonlyMap<string, number>;
  renderTextRun?: RenderTextRun;
};

function MarkedPiece({
  piece,
  speakerIndex,
  children,
}: {
  piece: Piece;
  speakerIndex: ReadonlyMap<string, number>;
  children: ReactNode;
}) {
  const { mark } = piece;
  if (!mark) return children;
  const colour = speakerIndex.get(mark.speaker) ?? 0;
  switch (mark.kind) {
    case 'quote':
      return (
        <span
          className="quote"
          data-speaker={mark.speaker}
          data-quote={mark.ref}
          data-speaker-colour={colour}
        >
          {children}
        </span>
      );
    case 'attribution':
      return (
        <span className="attribution" data-attribution-of={mark.ref} data-speaker-colour={colour}>
          {children}
        </span>
      );
    case 'reported':
      return (
        <span
          className="reported"
          data-reported-by={mark.speaker}
          data-reported={mark.ref}
          data-speaker-colour={colour}
        >
          {children}
        </span>
      );
    case 'reportedAttribution':
      return (
        <span
          className="attribution attribution--reported"
          data-attribution-of={mark.ref}
          data-speaker-colour={colour}
        >
          {children}
        </span>
      );
  }
}

/** One side of a paragraph: sentences (with their group id) containing speech marks. */
export const ParagraphText = memo(function ParagraphText({
  paragraph,
  side,
  focusable,
  speakerIndex,
  renderTextRun,
}: Props) {
  return sideRuns(paragraph, side).map((run) => {
    if (run.kind === 'gap') return run.text;
    return (
      <span key={run.start} className="sentence" data-sentence={run.groupId} tabIndex={-1}>
        {run.pieces.map((piece) => (
          <MarkedPiece key={piece.start} piece={piece} speakerIndex={speakerIndex}>
            {renderTextRun
              ? renderTextRun({
                  paragraphId: paragraph.id,
                  side,
                  start: piece.start,
                  end: piece.end,
                  text: piece.text,
                  focusable,
                })
              : piece.text}
          </MarkedPiece>
        ))}
      </span>
    );
  });
});
