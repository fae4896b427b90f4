// Golden-file tests of the command: one folder per case under test/cli/cases/ holding `args.json` (the arguments),
// `env.json` (optional: environment, such as COLUMNS), `stdout` (expected output) and `code` (expected exit code).
// UPDATE_GOLDEN=1 rewrites them. A case with COLUMNS also checks that no line is wider than that.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/reporters/table.js';
import { runCli } from '../helpers/cli.js';

const CASES = new URL('./cases/', import.meta.url).pathname;
const update = process.env.UPDATE_GOLDEN === '1';

const readJson = <T>(path: string, fallback: T): T => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback);

describe('golden CLI output', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, async () => {
      const dir = join(CASES, name);
      const args = readJson<string[]>(join(dir, 'args.json'), []);
      const env = readJson<Record<string, string>>(join(dir, 'env.json'), {});
      const result = await runCli(args, { env: { NO_COLOR: '1', ...env } });
      if (!update) expect(existsSync(join(dir, 'stdout')), `${name}: no stdout file; run with UPDATE_GOLDEN=1 and read it`).toBe(true);
      if (update) {
        writeFileSync(join(dir, 'stdout'), result.stdout);
        writeFileSync(join(dir, 'code'), `${result.code}\n`);
      }
      expect(result.stdout).toBe(readFileSync(join(dir, 'stdout'), 'utf8'));
      expect(result.code).toBe(Number(readFileSync(join(dir, 'code'), 'utf8')));
      if (env.COLUMNS) {
        const wide = result.stdout.split('\n').filter((line) => textWidth(line) > Number(env.COLUMNS));
        expect(wide, `${name}: lines wider than ${env.COLUMNS}`).toEqual([]);
      }
    });
  }
});
