import { useId } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Speaker } from '@/content/article-schema';
import type { SpeakerCounts } from '../utils/speech-summary';

type Props = {
  speakers: Speaker[];
  counts: ReadonlyMap<string, SpeakerCounts>;
  speakerIndex: ReadonlyMap<string, number>;
  filter: string | undefined;
  onFilter: (speakerId: string | undefined) => void;
};

/** Who speaks, in which colour, how often — and a filter to follow one voice. */
export function SpeakerLegend({ speakers, counts, speakerIndex, filter, onFilter }: Props) {
  const { t, i18n } = useTranslation('reader');
  const titleId = useId();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <section className="speaker-legend" aria-labelledby={titleId}>
      <h2 id={titleId} className="small-heading">
        {t('speakers.legend')}
      </h2>
      <ul>
        {speakers.map((speaker) => {
          const count = counts.get(speaker.id) ?? { quotes: 0, reported: 0 };
          const active = filter === speaker.id;
          return (
            <li
              key={speaker.id}
              className="speaker"
              data-speaker-colour={speakerIndex.get(speaker.id) ?? 0}
            >
              <span className="speaker-swatch" aria-hidden="true" />
              <span className="speaker-text">
                <span className="speaker-name" lang={language}>
                  {speaker.name[language]}
                </span>
                <span className="speaker-role" lang={language}>
                  {speaker.role[language]}
                </span>
                <span className="speaker-counts">
                  {t('quotes.count', { count: count.quotes })} ·{' '}
                  {t('quotes.reported', { count: count.reported })}
                </span>
              </span>
              {count.quotes > 0 && (
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={active}
                  onClick={() => onFilter(active ? undefined : speaker.id)}
                >
                  {t('speakers.onlySpeaker', { name: speaker.name[language] })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
