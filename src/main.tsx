import { installTrustedTypesPolicy } from '@/lib/trusted-types';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import * as v from 'valibot';
import { App } from '@/app/app';
import { onCaughtError } from '@/components/feature-boundary';
import { routeKey } from '@/app/paths';
import { initI18n, initialLanguage } from '@/lib/i18n/i18n';
import { languageSchema } from '@/lib/i18n/languages';
import '@/app/styles/base.css';

installTrustedTypesPolicy();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A page prerendered for this route is hydrated in the language it was rendered in, then switched
// to the reader's language if that differs; any other page (a path served by the fallback) renders.
const prerendered = root.dataset.route === routeKey(window.location.pathname);
const detected = initialLanguage();
const pageLanguage = v.safeParse(languageSchema, document.documentElement.lang);
if (prerendered && pageLanguage.success) {
  await initI18n(pageLanguage.output);
  // Hydration must see the texts the HTML was rendered with; the language changes only after it.
  const switchLanguage = () => {
    if (detected !== pageLanguage.output) void i18next.changeLanguage(detected);
  };
  hydrateRoot(
    root,
    <StrictMode>
      <App onReady={switchLanguage} />
    </StrictMode>,
    { onCaughtError },
  );
} else {
  await initI18n(detected);
  root.replaceChildren();
  createRoot(root, { onCaughtError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
