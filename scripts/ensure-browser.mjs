// Runs before `npm test`: the dashboard page is tested in a real headless browser, Debian's
// Chromium (nothing downloads a browser of its own here). Installs it when it is missing and
// this is a Debian machine we may install on (root, apt-get), else says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const aptGet = '/usr/bin/apt-get';
if (process.env.CHROMIUM_PATH || !existsSync(aptGet) || process.getuid?.() !== 0) {
  console.error(
    `The dashboard's browser test needs Chromium at ${path}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log("Installing Debian's chromium for the dashboard's browser test (once)…");
const install = () =>
  execFileSync(aptGet, ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
try {
  install();
} catch {
  execFileSync(aptGet, ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
  install();
}
