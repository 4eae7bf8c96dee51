// Finds a Chromium or Chrome for Playwright. Shared by the test runner, the Playwright config and
// the benchmark so that every tool drives the same browser.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The flags this project's sandboxed machines need; harmless on a laptop. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {{ path: string, source: string } | undefined} */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROME_PATH' };
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return { path: system, source: 'system' };
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: bundled, source: 'playwright' };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}
