import { Component, Fragment, startTransition, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { retryFailedImports } from '@/lib/retryable-lazy';
import './notices.css';

/** The parts of the page that fail on their own, each named in the message the reader sees. */
export type FeatureName =
  | 'reader'
  | 'toolbar'
  | 'quotes'
  | 'shortcuts'
  | 'speakers'
  | 'termCard'
  | 'vocabulary'
  | 'practice'
  | 'import'
  | 'importedArticle'
  | 'page';

type Props = { feature: FeatureName; children: ReactNode };
type State = { error?: unknown; attempt: number };

function FailedFeature({ feature, onRetry }: { feature: FeatureName; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="feature-failed" role="alert" data-feature-failed={feature}>
      <p>{t('boundary.failed', { feature: t(`boundary.features.${feature}`) })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('boundary.retry')}
      </button>
    </div>
  );
}

/**
 * Keeps a failure inside one feature: it shows a message with "Try again" (which mounts the
 * feature afresh, so a failed chunk is fetched again), and the rest of the page keeps working.
 * Each failure is logged once, here, with the feature's name; the roots do not log it again.
 */
export class FeatureBoundary extends Component<Props, State> {
  override state: State = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(
      `parallel-reader: the ${this.props.feature} feature failed:`,
      error,
      info.componentStack ?? '',
    );
  }

  // A transition: while a lazy feature loads again, the message stays instead of a blank page.
  retry = () => {
    retryFailedImports();
    startTransition(() =>
      this.setState(({ attempt }) => ({ error: undefined, attempt: attempt + 1 })),
    );
  };

  override render() {
    if (this.state.error !== undefined)
      return <FailedFeature feature={this.props.feature} onRetry={this.retry} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/** For `createRoot`/`hydrateRoot`: errors a FeatureBoundary caught are already logged by it. */
export function onCaughtError(error: unknown, info: { errorBoundary?: unknown }) {
  if (!(info.errorBoundary instanceof FeatureBoundary)) console.error(error);
}
