// Makes sure a Chromium exists for the browser tests: CHROME_PATH, a system Chromium/Chrome,
// else Debian's chromium through apt (as root), else Playwright's own installer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

const found = findBrowser();
if (found) {
  console.log(`Browser for tests: ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian’s chromium with apt…');
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    const installed = findBrowser();
    if (installed) {
      console.log(`Browser for tests: ${installed.path} (${installed.source})`);
      process.exit(0);
    }
  }
  console.log('apt could not install chromium; trying Playwright’s installer.');
}

console.log('No Chromium found: installing Playwright’s Chromium…');
if (run('npx', ['playwright', 'install', 'chromium']) && findBrowser()) process.exit(0);

console.error(
  'No browser for the browser tests. Install Chromium or Chrome, or set CHROME_PATH to its executable.',
);
process.exit(1);
