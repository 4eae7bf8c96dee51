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

const frameMs = 1000 / 60;
let inputsSent = 0;

/**
 * Waits for a point of the frame interval that differs from one input to the next and, over many
 * inputs, covers the interval evenly (a golden-ratio sequence), as a person's inputs do: they come
 * when the person acts, not when the screen refreshes. What an input costs depends on that point.
 * Coming just after a frame has begun, it waits for the next one; a little later, the same work
 * ends when that frame is due. Left to the harness, the point was not even: Playwright's
 * `locator.click()` acts just after a frame (its stability check waits for frames), and its mouse
 * moves are acknowledged at one. One build's term card measured 19.2 ms (median) with presses at
 * the start of the frame and 14.2 ms with presses 8 ms into it.
 */
async function atAnyPointOfTheFrame(page: Page) {
  const point = ((inputsSent++ * 0.618034) % 1) * frameMs;
  await page.evaluate(
    (ms) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms))),
    point,
  );
}

const press = (key: string, focus?: string) => async (page: Page) => {
  if (focus) await page.locator(focus).first().focus();
  await atAnyPointOfTheFrame(page);
  await page.keyboard.press(key, { delay: keyHoldMs });
};

/**
 * A click with the button held as long as a person holds it, through the mouse alone. Playwright's
 * `locator.click()` releases the button straight after pressing it, so the release and the click
 * were handled before the frame that shows the press's effect, as with keys above; its hit-target
 * check runs its own listener inside the page on that press (about 0.4 ms in a trace); and it acts
 * just after a frame has begun (see `atAnyPointOfTheFrame`).
 */
async function clickAsAPersonDoes(page: Page, selector: string) {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  // The pointer comes to the target from elsewhere, as a person's does before they press; what
  // hovering does (the linked highlight) is done in the frames before the press, as it is for them.
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await atAnyPointOfTheFrame(page);
  await page.mouse.down();
  await page.waitForTimeout(keyHoldMs);
  await page.mouse.up();
}

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
            await clickAsAPersonDoes(page, firstRussianTerm);
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
