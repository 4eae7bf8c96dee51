import { act, render, screen } from '@testing-library/react';
import i18next, { type BackendModule } from 'i18next';
import { startTransition, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { useTranslation } from './use-translation';

function Label() {
  const { t, i18n } = useTranslation('reader');
  return <p lang={i18n.language}>{t('view.label')}</p>;
}

function VocabularyTitle() {
  const { t } = useTranslation('vocabulary');
  return <h1>{t('page.title')}</h1>;
}

describe('useTranslation', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('shows the current language and follows a switch', async () => {
    await renderWithI18n(<Label />);
    expect(screen.getByText('Show')).toHaveAttribute('lang', 'en');
    await act(() => i18next.changeLanguage('ru'));
    expect(screen.getByText('Показать')).toHaveAttribute('lang', 'ru');
  });

  it('uses the instance an I18nextProvider gives (as the prerender does)', async () => {
    await renderWithI18n(<p>app instance in English</p>);
    const russian = i18next.createInstance();
    await russian.use(initReactI18next).init({
      lng: 'ru',
      ns: ['reader'],
      resources: { ru: { reader: { view: { label: 'Вид текста' } } } },
    });
    render(
      <I18nextProvider i18n={russian}>
        <Label />
      </I18nextProvider>,
    );
    expect(screen.getByText('Вид текста')).toHaveAttribute('lang', 'ru');
  });

  it('suspends until a namespace that is not loaded yet arrives', async () => {
    const waiting: (() => void)[] = [];
    const arrive = () => waiting.forEach((deliver) => deliver());
    const slowBackend: BackendModule = {
      type: 'backend',
      init() {},
      read(_language, namespace, callback) {
        if (namespace !== 'vocabulary') return callback(null, {});
        waiting.push(() => callback(null, { page: { title: 'My words' } }));
      },
    };
    const instance = i18next.createInstance();
    await instance
      .use(slowBackend)
      .init({ lng: 'en', ns: ['common'], partialBundledLanguages: true });
    await act(async () => {
      render(
        <I18nextProvider i18n={instance}>
          <Suspense fallback={<p>Loading</p>}>
            <VocabularyTitle />
          </Suspense>
        </I18nextProvider>,
      );
    });
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByRole('heading', { name: 'My words' })).toBeInTheDocument();
  });

  it('renders when a namespace arrives while React waits for it (a replay)', async () => {
    const quickBackend: BackendModule = {
      type: 'backend',
      init() {},
      read(_language, namespace, callback) {
        const texts = namespace === 'vocabulary' ? { page: { title: 'My words' } } : {};
        queueMicrotask(() => callback(null, texts));
      },
    };
    const instance = i18next.createInstance();
    await instance.use(quickBackend).init({ lng: 'en', fallbackLng: false, ns: ['common'] });
    const errors: unknown[] = [];
    const container = document.createElement('div');
    const root = createRoot(container, { onRecoverableError: (error) => errors.push(error) });
    await act(async () => {
      startTransition(() =>
        root.render(
          <I18nextProvider i18n={instance}>
            <Suspense fallback={<p>Loading</p>}>
              <VocabularyTitle />
            </Suspense>
          </I18nextProvider>,
        ),
      );
    });
    expect(container.textContent).toBe('My words');
    expect(errors).toEqual([]);
    act(() => root.unmount());
  });
});
