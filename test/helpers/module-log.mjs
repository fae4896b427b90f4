// Preloaded (`node --import`) into a spawned command: writes the URL of each ES module the program loads to the file
// named by MODULE_LOG, one a line, so that a test can tell which of the program's modules a run needed.
import { register } from 'node:module';

register('./module-log-hooks.mjs', import.meta.url, { data: { file: process.env.MODULE_LOG } });
