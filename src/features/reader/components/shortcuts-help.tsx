import { memo } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Dialog } from '@/components/ui/dialog';

const rows = [
  [['↓', '↑'], ['J', 'K'], 'nextParagraph'],
  [['→', '←'], ['L', 'H'], 'nextSentence'],
  [['X'], [], 'counterpart'],
  [['Enter'], [], 'reveal'],
  [['Home', 'End'], [], 'firstLast'],
  [['1', '2', '3', '4'], [], 'views'],
  [['S'], [], 'swap'],
  [['Q'], [], 'quotesOnly'],
  [['?'], [], 'help'],
] as const;

export const ShortcutsHelp = memo(function ShortcutsHelp({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('reader');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('shortcuts.title')}
      closeLabel={t('shortcuts.close')}
    >
      <dl className="shortcuts">
        {rows.map(([keys, alternatives, action]) => (
          <div key={action} className="shortcut">
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
              {alternatives.length > 0 && ' / '}
              {alternatives.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(`shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
});
