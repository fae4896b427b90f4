// Preloaded (`node --import`) into a spawned command: writes the URL of each ES module the program loads to the file
// named by MODULE_LOG, one a line, and at exit the file URL of each CommonJS module it required (compromise's bundle
// among them) and the name of each of Node's own public modules loaded (`node:v8`), so that a test can tell which
// modules a run needed.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const file = process.env.MODULE_LOG;
register('./module-log-hooks.mjs', import.meta.url, { data: { file } });
const required = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ') && !m.includes('internal/')).map((m) => `node:${m.slice(13)}`);
  if (file) appendFileSync(file, [...Object.keys(required).map((path) => pathToFileURL(path).href), ...builtins].map((line) => `${line}\n`).join(''));
});
