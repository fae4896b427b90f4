// Golden-file tests of the built command: one folder per case under test/cli/cases/ holding `args.json`
// (the arguments), `stdout` (expected output) and `code` (expected exit code). UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CASES = new URL('./cases/', import.meta.url).pathname;
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden CLI output', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, async () => {
      const dir = join(CASES, name);
      const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[];
      const result = await runCli(args, { env: { NO_COLOR: '1' } });
      if (!update) expect(existsSync(join(dir, 'stdout')), `${name}: no stdout file; run with UPDATE_GOLDEN=1 and read it`).toBe(true);
      if (update) {
        writeFileSync(join(dir, 'stdout'), result.stdout);
        writeFileSync(join(dir, 'code'), `${result.code}\n`);
      }
      expect(result.stdout).toBe(readFileSync(join(dir, 'stdout'), 'utf8'));
      expect(result.code).toBe(Number(readFileSync(join(dir, 'code'), 'utf8')));
    });
  }
});
