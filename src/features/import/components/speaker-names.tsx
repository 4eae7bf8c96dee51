import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article, Speaker } from '@/content/article-schema';
import { renameSpeaker } from '../utils/edit-quotes';

type Change = (article: Article, message: string) => void;

function SpeakerName({
  article,
  speaker,
  onChange,
}: {
  article: Article;
  speaker: Speaker;
  onChange: Change;
}) {
  const { t } = useTranslation('import');
  const id = useId();
  const [name, setName] = useState(speaker.name);
  const [problem, setProblem] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.ru.trim() || !name.en.trim()) return setProblem(t('quotes.needName'));
    setProblem('');
    onChange(renameSpeaker(article, speaker.id, name), t('quotes.renamed'));
  };
  return (
    <li>
      <form className="speaker-name" onSubmit={submit} aria-describedby={`${id}-problem`}>
        <label htmlFor={`${id}-ru`}>{t('quotes.nameRuOf', { name: speaker.name.en })}</label>
        <input
          id={`${id}-ru`}
          lang="ru"
          value={name.ru}
          onChange={(e) => setName({ ...name, ru: e.target.value })}
        />
        <label htmlFor={`${id}-en`}>{t('quotes.nameEnOf', { name: speaker.name.en })}</label>
        <input
          id={`${id}-en`}
          lang="en"
          value={name.en}
          onChange={(e) => setName({ ...name, en: e.target.value })}
        />
        <button type="submit" className="button button--small">
          {t('quotes.rename')}
        </button>
        <span id={`${id}-problem`} className="import-problem" aria-live="polite">
          {problem}
        </span>
      </form>
    </li>
  );
}

/** The people quoted, as the detector named them: the reader puts their names right. */
export function SpeakerNames({ article, onChange }: { article: Article; onChange: Change }) {
  const { t } = useTranslation('import');
  const headingId = useId();
  if (article.speakers.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('quotes.speakers')}</h3>
      <ul className="speaker-names">
        {article.speakers.map((speaker) => (
          <SpeakerName
            key={`${speaker.id}:${speaker.name.ru}:${speaker.name.en}`}
            article={article}
            speaker={speaker}
            onChange={onChange}
          />
        ))}
      </ul>
    </section>
  );
}
