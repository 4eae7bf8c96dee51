import { useId } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Speaker } from '@/content/article-schema';
import type { PickedSpeaker } from '../utils/edit-quotes';

export const newSpeaker = 'new';

type Props = {
  label: string;
  speakers: readonly Speaker[];
  value: string;
  onValue: (value: string) => void;
  name: { ru: string; en: string };
  onName: (name: { ru: string; en: string }) => void;
};

/** A speaker select whose last option, "Someone else…", asks for the new speaker's names. */
export function SpeakerChoice({ label, speakers, value, onValue, name, onName }: Props) {
  const { t, i18n } = useTranslation('import');
  const id = useId();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <div className="speaker-choice">
      <label htmlFor={`${id}-speaker`}>{label}</label>
      <select id={`${id}-speaker`} value={value} onChange={(e) => onValue(e.target.value)}>
        {speakers.map((speaker) => (
          <option key={speaker.id} value={speaker.id}>
            {speaker.name[language]}
          </option>
        ))}
        <option value={newSpeaker}>{t('quotes.someoneElse')}</option>
      </select>
      {value === newSpeaker && (
        <>
          <label htmlFor={`${id}-ru`}>{t('quotes.nameRu')}</label>
          <input
            id={`${id}-ru`}
            lang="ru"
            value={name.ru}
            onChange={(e) => onName({ ...name, ru: e.target.value })}
          />
          <label htmlFor={`${id}-en`}>{t('quotes.nameEn')}</label>
          <input
            id={`${id}-en`}
            lang="en"
            value={name.en}
            onChange={(e) => onName({ ...name, en: e.target.value })}
          />
        </>
      )}
    </div>
  );
}

/** The pick, or undefined when a new speaker has no name yet. */
export function speakerPick(
  value: string,
  name: { ru: string; en: string },
): PickedSpeaker | undefined {
  if (value !== newSpeaker) return { id: value };
  return name.ru.trim() || name.en.trim() ? { name } : undefined;
}
