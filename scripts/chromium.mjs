// The system's headless Chromium for the HTML brief's browser test and screenshot: Debian's `chromium` package (or
// the browser CHROMIUM_PATH names), driven by puppeteer-core. Never a browser that downloads itself.
import { existsSync } from 'node:fs';

/** Where Chromium is looked for, in order, after CHROMIUM_PATH. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium executable to use, or null and why none was found. */
export function findChromium(env = process.env) {
  const wanted = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CANDIDATES;
  const found = wanted.find((path) => existsSync(path));
  if (found) return { path: found, why: '' };
  return { path: null, why: `no Chromium at ${wanted.join(', ')} (apt-get install chromium, or set CHROMIUM_PATH)` };
}

/** puppeteer-core's launch options for that Chromium: headless, no sandbox when run as root (Chromium refuses otherwise). */
export function launchOptions(executablePath) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath,
    headless: true,
    args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  };
}
