import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { Suspense } from 'react';
import { initI18n } from '@/lib/i18n/i18n';
import type { Language } from '@/lib/i18n/languages';
import { namespaces } from '@/lib/i18n/resources';

/** Renders with the real i18next instance and real interface texts (no mocked t). */
export async function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  if (!i18next.isInitialized) await initI18n(language);
  else await i18next.changeLanguage(language);
  // Every feature's texts: a component under test renders at once, as it would inside its page.
  await i18next.loadNamespaces([...namespaces]);
  return render(<Suspense fallback={null}>{ui}</Suspense>);
}
