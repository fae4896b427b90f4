// Preloaded (`node --import`) into a spawned command: writes the URL of each ES module the program loads to the file
// named by MODULE_LOG, one a line, and at exit the file URL of each CommonJS module it required (compromise's bundle
// among them), so that a test can tell which of the program's modules a run needed.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const file = process.env.MODULE_LOG;
register('./module-log-hooks.mjs', import.meta.url, { data: { file } });
const required = createRequire(import.meta.url).cache;
process.on('exit', () => {
  if (file) appendFileSync(file, Object.keys(required).map((path) => `${pathToFileURL(path).href}\n`).join(''));
});
