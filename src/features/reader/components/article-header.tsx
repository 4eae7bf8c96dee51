import { memo, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import { formatPartialDate } from '@/lib/format-date';
import { AboutText, type AboutData } from './about-text';

type Props = { article: Article; legend: ReactNode; loadAbout: () => Promise<AboutData> };

/** Headline in both languages (editorial), place, date and speakers, then "About this text". */
export const ArticleHeader = memo(function ArticleHeader({ article, legend, loadAbout }: Props) {
  const { t, i18n } = useTranslation('reader');
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <header className="article-header">
      <p className="kicker">{t('article.editorialHeadline')}</p>
      <h1 className="headline" id="article-headline">
        <span className="headline-line" lang="ru">
          {article.headline.ru}
        </span>
        <span className="headline-line headline-line--en" lang="en">
          {article.headline.en}
        </span>
      </h1>
      <dl className="article-meta">
        <div>
          <dt>{t('article.place')}</dt>
          <dd lang={language}>{article.place[language]}</dd>
        </div>
        <div>
          <dt>{t('article.date')}</dt>
          <dd>
            <time dateTime={article.date}>{formatPartialDate(article.date, language)}</time>
          </dd>
        </div>
      </dl>
      {legend}
      <AboutText article={article} loadAbout={loadAbout} />
    </header>
  );
});
