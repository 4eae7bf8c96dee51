import { useId } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import * as v from 'valibot';
import { changeLanguage } from '@/lib/i18n/i18n';
import { languages, languageSchema } from '@/lib/i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          const next = v.safeParse(languageSchema, event.target.value);
          if (next.success) void changeLanguage(next.output);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
