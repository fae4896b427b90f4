// Smoke tests of the built command (dist/bin.js) in a process of its own, for what only a process shows: the exit
// code bin.ts sets, and colour on a real terminal. (A closed pipe: bad-input.test.ts; stdout a file: check.test.ts.)
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, spawnCli, TEST_CACHE_DIR } from '../helpers/cli.js';

const ESC = '\u001b[';

describe('the built command', () => {
  it('sets the exit code: 0 on success, 2 on a usage error, with the message on stderr only', () => {
    const ok = spawnCli(['--version']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const usage = spawnCli(['stast']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toBe("aleppo-corpus: error: unknown command 'stast' (did you mean stats?)\n");
  });

  // `script` gives the command a pseudo-terminal as stdout, as a reader's shell would.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('colours the verdicts on a terminal, and not with NO_COLOR', () => {
    const onTerminal = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" compare --report euronews-2016-12-15 --report mee-2016-12-15`, '/dev/null'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR, ...env },
      });
    const coloured = onTerminal({});
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toContain(`${ESC}32m`); // green: agree
    expect(coloured.stdout).toContain(`${ESC}31m`); // red: diverge
    const plain = onTerminal({ NO_COLOR: '1' });
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain(ESC);
    // and through a pipe, no colour at all
    expect(spawnCli(['compare']).stdout).not.toContain(ESC);
  });
});
