import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Side } from '@/content/article-schema';
import { checkSides, type SideProblem } from '../utils/check-sides';
import { normaliseText } from '../utils/normalise-text';
import { maxSideBytes } from '../utils/read-text-file';
import { type AlignInput, type AlignOptions, createAlignClient } from '../worker/align-client';
import type { AlignResult } from '../worker/messages';
import { AlignProgress } from './align-progress';
import { glossaryPairs } from '../utils/glossary-pairs';
import { loadCuratedGlossary } from '@/content/curated-glossary';
import { LibraryList } from './library-list';
import { ReviewScreen } from './review-screen';
import { SideField } from './side-field';
import '../import.css';

export type AlignFn = (input: AlignInput, options: AlignOptions) => Promise<AlignResult>;
type Props = { articleHref: (id: string) => string; align?: AlignFn };

let pairs: ReturnType<typeof loadPairs> | undefined;
const loadPairs = () => loadCuratedGlossary().then((glossary) => glossaryPairs(glossary.entries));
/** Loaded once, when the first alignment starts. */
const curatedGlossaryPairs = () =>
  (pairs ??= loadPairs().catch((error: unknown) => {
    pairs = undefined; // try again next time
    throw error;
  }));

type Stage =
  | { name: 'edit' }
  | { name: 'aligning'; fraction: number }
  | { name: 'review'; result: AlignResult };

const megabytes = maxSideBytes / 1024 / 1024;

export function ImportPage({ articleHref, align }: Props) {
  const { t } = useTranslation('import');
  const [title, setTitle] = useState('');
  const [texts, setTexts] = useState<Record<Side, string>>({ ru: '', en: '' });
  const [fileProblems, setFileProblems] = useState<Partial<Record<Side, string>>>({});
  const [problems, setProblems] = useState<{ title: boolean; sides: SideProblem[] } | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [notice, setNotice] = useState('');
  const [stage, setStage] = useState<Stage>({ name: 'edit' });
  const controller = useRef<AbortController | null>(null);
  const client = useRef<ReturnType<typeof createAlignClient> | null>(null);
  const ids = { title: useId(), problems: useId() };

  useEffect(
    () => () => {
      controller.current?.abort();
      client.current?.dispose();
    },
    [],
  );

  const setSide = (side: Side) => (text: string) => {
    setTexts((current) => ({ ...current, [side]: text }));
    setMismatch(false);
  };

  async function run(input: AlignInput) {
    const job = new AbortController();
    controller.current = job;
    setStage({ name: 'aligning', fraction: 0 });
    setNotice('');
    const alignFn: AlignFn =
      align ?? ((...args) => (client.current ??= createAlignClient()).align(...args));
    try {
      // The glossary's term pairs are anchors too; without them (not loaded) alignment still works.
      const glossary = await curatedGlossaryPairs().catch(() => undefined);
      const result = await alignFn(glossary ? { ...input, glossary } : input, {
        signal: job.signal,
        onProgress: (fraction) => setStage({ name: 'aligning', fraction }),
      });
      setStage({ name: 'review', result });
    } catch (error) {
      setStage({ name: 'edit' });
      if (error instanceof DOMException && error.name === 'AbortError')
        setNotice(t('progress.cancelled'));
      else setNotice(t('problems.failed', { message: (error as Error).message }));
    }
  }

  function submit(force: boolean) {
    const normalised = { ru: normaliseText(texts.ru), en: normaliseText(texts.en) };
    const check = checkSides(normalised);
    const found = { title: !title.trim(), sides: check.errors };
    setProblems(found);
    if (found.title || found.sides.length > 0) return;
    if (check.lengthMismatch && !force) return setMismatch(true);
    const name = title.trim();
    void run({ ...normalised, title: { ru: name, en: name } });
  }

  function swap() {
    setTexts(({ ru, en }) => ({ ru: en, en: ru }));
    setProblems(null);
  }

  if (stage.name === 'review')
    return (
      <ReviewScreen
        result={stage.result}
        title={title.trim()}
        articleHref={articleHref}
        onBack={() => setStage({ name: 'edit' })}
      />
    );

  const messages = [
    ...(problems?.title ? [t('problems.title')] : []),
    ...(problems?.sides ?? []).map((problem) =>
      t(`problems.${problem.kind}`, {
        side: t(`sides.${problem.side}`),
        script: t(`scripts.${problem.side}`),
        size: megabytes,
      }),
    ),
    ...Object.values(fileProblems).filter(Boolean),
  ];
  const offerSwap = problems?.sides.some((problem) => problem.kind === 'script') ?? false;
  const busy = stage.name === 'aligning';

  return (
    <section className="import-page" aria-labelledby="import-title">
      <h1 id="import-title">{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      {/* The library sits below the form; readers coming back for their articles skip to it. */}
      <p>
        <a href="#library-title">{t('page.toLibrary')}</a>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        <div className="field">
          <label htmlFor={ids.title}>{t('form.title')}</label>
          <input
            id={ids.title}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            disabled={busy}
          />
        </div>
        <div className="import-sides">
          {(['ru', 'en'] as const).map((side) => (
            <SideField
              key={side}
              side={side}
              value={texts[side]}
              onChange={setSide(side)}
              onFileProblem={(message) =>
                setFileProblems((current) => ({ ...current, [side]: message }))
              }
              describedBy={messages.length > 0 ? ids.problems : undefined}
            />
          ))}
        </div>
        {messages.length > 0 && (
          <div id={ids.problems} role="alert" className="import-problems">
            <ul>
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
            {offerSwap && (
              <button type="button" className="button" onClick={swap}>
                {t('form.swap')}
              </button>
            )}
          </div>
        )}
        {mismatch && (
          <div role="alert" className="import-warning">
            <p>{t('problems.lengthMismatch')}</p>
            <button type="button" className="button" onClick={() => submit(true)}>
              {t('form.alignAnyway')}
            </button>
          </div>
        )}
        {busy ? (
          <AlignProgress fraction={stage.fraction} onCancel={() => controller.current?.abort()} />
        ) : (
          <button type="submit" className="button button--primary">
            {t('form.align')}
          </button>
        )}
        {notice && <p role="status">{notice}</p>}
      </form>
      <LibraryList articleHref={articleHref} />
    </section>
  );
}
