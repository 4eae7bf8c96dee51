import { useTranslation } from '@/lib/i18n/use-translation';
import { updateVocabularySettings, useVocabularySettings } from '../hooks/vocabulary-settings';

/** Reader options that belong to the glossary: marking terms, and stress marks on them. */
export function TermToggles() {
  const { t } = useTranslation('common');
  const settings = useVocabularySettings();
  return (
    <fieldset className="setting">
      <legend className="setting-label">{t('termMarks.legend')}</legend>
      <label>
        <input
          type="checkbox"
          checked={settings.showTerms}
          onChange={(event) => updateVocabularySettings({ showTerms: event.target.checked })}
        />
        {t('termMarks.showTerms')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.showStress}
          disabled={!settings.showTerms}
          onChange={(event) => updateVocabularySettings({ showStress: event.target.checked })}
        />
        {t('termMarks.showStress')}
      </label>
    </fieldset>
  );
}
