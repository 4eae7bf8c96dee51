import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import { glossaryTags, type Glossary, type GlossaryTag } from '@/content/glossary-schema';
import { useVocabulary } from '../storage/vocabulary-store';
import { searchEntries, type SortOrder } from '../utils/search-entries';
import { EntryDetails } from './entry-details';
import { ExportPanel } from './export-panel';
import '../terms.css';
import '../vocabulary.css';

type Props = { glossary: Glossary; article: Article; articleHref: string };

export function VocabularyPage({ glossary, article, articleHref }: Props) {
  const { t } = useTranslation('vocabulary');
  const state = useVocabulary();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<GlossaryTag | ''>('');
  const [sort, setSort] = useState<SortOrder>('russian');
  const [onlyMine, setOnlyMine] = useState(false);
  const ids = { search: useId(), tag: useId(), sort: useId() };
  const mine = useMemo(
    () => (state.status === 'ready' ? state.words : new Map<string, unknown>()),
    [state],
  );

  const results = useMemo(
    () =>
      searchEntries(glossary.entries, article, { text: query, tag: tag || undefined, sort }).filter(
        (entry) => !onlyMine || mine.has(entry.id),
      ),
    [glossary, article, query, tag, sort, onlyMine, mine],
  );

  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (id) document.getElementById(`entry-${id}`)?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <section className="vocabulary-page" aria-labelledby="vocabulary-title">
      <h1 id="vocabulary-title">{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      <div className="vocabulary-filters">
        <div className="field">
          <label htmlFor={ids.search}>{t('page.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.tag}>{t('page.tag')}</label>
          <select
            id={ids.tag}
            value={tag}
            onChange={(event) => setTag(event.target.value as GlossaryTag | '')}
          >
            <option value="">{t('page.allTags')}</option>
            {glossaryTags.map((value) => (
              <option key={value} value={value}>
                {t(`tags.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>{t('page.sort')}</label>
          <select
            id={ids.sort}
            value={sort}
            onChange={(event) => setSort(event.target.value as SortOrder)}
          >
            <option value="russian">{t('page.sortRussian')}</option>
            <option value="english">{t('page.sortEnglish')}</option>
            <option value="article">{t('page.sortArticle')}</option>
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyMine}
            onChange={(event) => setOnlyMine(event.target.checked)}
          />
          {t('page.onlyMine')}
        </label>
      </div>
      <p role="status" className="result-count">
        {results.length === 0 && query
          ? t('page.noResults', { query })
          : t('page.results', { count: results.length })}
        {' · '}
        {t('page.myWords', { count: mine.size })}
      </p>
      <ul className="entry-list">
        {results.map((entry) => (
          <li key={entry.id} id={`entry-${entry.id}`} className="entry-item">
            <EntryDetails
              entry={entry}
              article={article}
              articleHref={articleHref}
              headingId={`headword-${entry.id}`}
              headingLevel={2}
            />
            <p className="entry-tags">
              {entry.tags.map((value) => t(`tags.${value}`)).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <ExportPanel glossary={glossary} article={article} />
    </section>
  );
}
