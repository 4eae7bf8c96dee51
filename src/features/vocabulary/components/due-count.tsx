import { useEffect, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Link } from '@/lib/router';
import { useVocabulary } from '../storage/vocabulary-state';
import { dueCards } from '../utils/due';

/** "5 cards due" in the header, linking to practice; rechecked every minute as cards fall due. */
export function DueCount({ href = '/practice' }: { href?: string }) {
  const { t } = useTranslation('common');
  const state = useVocabulary();
  // Re-render every minute so cards that fall due meanwhile are counted.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  const due = state.status === 'ready' ? dueCards(state.cards, new Date()).length : 0;
  return (
    <Link href={href} className="nav-link due-count" data-due={due}>
      {t('nav.practice')}
      {due > 0 && <span className="due-badge">{t('due.count', { count: due })}</span>}
    </Link>
  );
}
