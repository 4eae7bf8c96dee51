import { useTranslation } from 'react-i18next';

export function AppRoutes() {
  const { t } = useTranslation('common');
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title">{t('app.tagline')}</h1>
      <p>{t('intro.body')}</p>
    </section>
  );
}
