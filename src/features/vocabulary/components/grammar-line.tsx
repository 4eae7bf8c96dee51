import { useTranslation } from '@/lib/i18n/use-translation';
import type { GlossaryEntry } from '@/content/glossary-schema';

/** Part of speech and grammar in the interface language: gender, aspect pair, government. */
export function GrammarLine({ entry }: { entry: GlossaryEntry }) {
  const { t } = useTranslation('vocabulary');
  const { grammar } = entry;
  const parts = [
    t(`pos.${entry.pos}`),
    grammar.gender && t(`grammar.gender.${grammar.gender}`),
    grammar.number && t('grammar.plural'),
    grammar.aspect && t(`grammar.aspect.${grammar.aspect}`),
  ].filter(Boolean);
  return (
    <p className="grammar">
      {parts.join(', ')}
      {grammar.pair && (
        <>
          {`; ${t('grammar.pairLabel')}: `}
          <span lang="ru">{grammar.pair}</span>
        </>
      )}
      {grammar.governs && (
        <>
          {`; ${t('grammar.governsLabel')}: `}
          <span lang="ru">{grammar.governs.pattern}</span>
          {` (${grammar.governs.cases.map((c) => t(`grammar.case.${c}`)).join(', ')})`}
        </>
      )}
    </p>
  );
}
