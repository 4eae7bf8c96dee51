import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import type { Condition } from './frame-harness.ts';

/** One input and the DOM that shows it took effect. */
export type Step = {
  input: (page: Page) => Promise<void>;
  expect: Condition[];
  /** Unmeasured steps only put the page back (hide again, close the card). */
  measure: boolean;
};

export type Scenario = {
  name: string;
  description: string;
  path: string;
  /** Repeated in order until enough measured samples are taken. */
  steps: Step[];
};

/**
 * How long a key is held, as a person holds it (typically 80–120 ms). Playwright's default sends
 * the keyup straight after the keydown; queued input runs before the harness's end-of-frame message,
 * so the keyup's handling (1–2 ms on a focused <select>) was counted although the frame that shows
 * the change had already been painted.
 */
export const keyHoldMs = 80;

const press = (key: string, focus?: string) => async (page: Page) => {
  if (focus) await page.locator(focus).first().focus();
  await page.keyboard.press(key, { delay: keyHoldMs });
};

/** View modes by their shortcuts 1–4, each press switching to another mode. */
export const viewModeSteps: Step[] = (
  [
    ['2', 'ru'],
    ['3', 'en'],
    ['4', 'interleaved'],
    ['1', 'both'],
  ] as const
).map(([key, view]) => ({
  input: press(key),
  expect: [
    { selector: `.parallel[data-view="${view}"]` },
    { selector: `input[name="view-mode"][value="${view}"]:checked` },
  ],
  measure: true,
}));

const locale = z.object({ language: z.object({ label: z.string() }) });
const readerLocale = z.object({ view: z.object({ label: z.string() }) });
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The interface in `language`: <html lang>, and a string from each namespace on screen. */
function interfaceIn(language: 'en' | 'ru'): Condition[] {
  const common = locale.parse(readJson(`locales/${language}/common.json`));
  const reader = readerLocale.parse(readJson(`locales/${language}/reader.json`));
  return [
    { selector: `html[lang="${language}"]` },
    { selector: '.language-switch label', text: common.language.label },
    { selector: '.reader-toolbar .segmented legend', text: reader.view.label },
  ];
}

const languageSelect = '.language-switch select';
const ruParagraph = 'section.column[lang="ru"] .cell > .para:not(.para--translation)';
const revealedP4 = 'section.column[lang="ru"] .para--translation[data-paragraph="p4"]';
const termCard = '.term-card[role="dialog"]';
const firstRussianTerm = 'section.column[lang="ru"] [data-term]';

export function scenarios(): Scenario[] {
  return [
    {
      name: 'view-mode',
      description: 'switch view mode (keys 1–4)',
      path: '/',
      steps: viewModeSteps,
    },
    {
      name: 'interface-language',
      description: 'switch interface language (select, arrow keys)',
      path: '/',
      steps: [
        { input: press('ArrowDown', languageSelect), expect: interfaceIn('ru'), measure: true },
        { input: press('ArrowUp', languageSelect), expect: interfaceIn('en'), measure: true },
      ],
    },
    {
      name: 'quote-focus',
      description: 'quote focus on/off (key Q)',
      path: '/',
      steps: [
        { input: press('q'), expect: [{ selector: '[data-quotes-only]' }], measure: true },
        {
          input: press('q'),
          expect: [{ selector: '[data-quotes-only]', present: false }],
          measure: true,
        },
      ],
    },
    {
      name: 'reveal-paragraph',
      description: 'reveal a paragraph (?view=ru, Enter on p4)',
      path: '/?view=ru',
      steps: [
        {
          input: press('Enter', `${ruParagraph}[data-paragraph="p4"]`),
          expect: [{ selector: revealedP4 }],
          measure: true,
        },
        {
          input: press('Enter', `${ruParagraph}[data-paragraph="p4"]`),
          expect: [{ selector: revealedP4, present: false }],
          measure: false,
        },
      ],
    },
    {
      name: 'term-card',
      description: 'open a term card (click a [data-term])',
      path: '/',
      steps: [
        {
          // Focus elsewhere first, so that every sample opens the card the same way.
          input: async (page) => {
            await page.evaluate(() => {
              if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
            });
            await page.locator(firstRussianTerm).first().click();
          },
          expect: [{ selector: termCard }],
          measure: true,
        },
        {
          input: press('Escape'),
          expect: [{ selector: termCard, present: false }],
          measure: false,
        },
      ],
    },
  ];
}
