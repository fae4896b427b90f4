// The built command analyses in a process started from the extractor's image when the build made one for this Node:
// the same output as an analysis in the calling process, with neither the extractors nor compromise loaded there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, runCli } from '../helpers/cli.js';
import { builtImage, NO_IMAGE } from '../helpers/image.js';

const MODULE_LOG = fileURLToPath(new URL('../helpers/module-log.mjs', import.meta.url));
const built = builtImage();

/** `aleppo-corpus ARGS` run by the built command, with the modules it loaded: the program's (paths under dist/), and packages. */
function spawnLogged(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; modules: string[] } {
  const log = join(mkdtempSync(join(tmpdir(), 'aleppo-image-')), 'modules.txt');
  const result = spawnSync(process.execPath, ['--import', MODULE_LOG, BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MODULE_LOG: log, ...env },
    encoding: 'utf8',
  });
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/') || url.includes('/node_modules/'))
    .map((url) => (url.includes('/dist/') ? url.slice(url.indexOf('/dist/') + 6) : url.split('/node_modules/').pop()!.split('/')[0]!));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, modules };
}

describe.skipIf(built === null)(`the extractor's image, in the built command (${built === null ? NO_IMAGE : 'built'})`, () => {
  it('gives stats and compare the output of an analysis in this process, loading neither compromise nor the extractors there', async () => {
    for (const command of [['stats'], ['compare']]) {
      const args = [...command, '--json', '--no-cache', '--corpus', BUNDLED];
      const spawned = spawnLogged(args);
      expect(spawned.stderr, command[0]).toBe('');
      expect(spawned.status, command[0]).toBe(0);
      expect(spawned.stdout, command[0]).toBe((await runCli(args)).stdout);
      // what was loaded is seen, CommonJS packages included
      expect(spawned.modules, command[0]).toContain('analysis/image.js');
      expect(spawned.modules, command[0]).toContain('commander');
      for (const module of ['compromise', 'extract/index.js']) expect(spawned.modules, `${command[0]}: ${module}`).not.toContain(module);
    }
  });

  it('reads no report into its parts for stats: the image does it', () => {
    const spawned = spawnLogged(['stats', '--no-cache', '--corpus', BUNDLED]);
    expect(spawned.status).toBe(0);
    expect(spawned.modules).not.toContain('corpus/segment.js');
  });

  it("keeps the image's answers apart from what compromise logs (its DEBUG_TAGS tracing): the same output, no warning", async () => {
    const args = ['stats', '--json', '--no-cache', '--corpus', BUNDLED];
    const spawned = spawnLogged(args, { DEBUG_TAGS: '1' });
    expect(spawned.status).toBe(0);
    expect(spawned.modules).not.toContain('compromise');
    expect(spawned.stderr).toBe('');
    expect(spawned.stdout).toBe((await runCli(args)).stdout);
  });

  it('gives compare with --jobs 2 (two processes of the image) the output of one thread', async () => {
    const args = ['compare', '--json', '--no-cache', '--corpus', BUNDLED];
    const two = spawnLogged([...args, '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe((await runCli([...args, '--jobs', '1'])).stdout);
    expect(two.modules).not.toContain('analysis/worker.js');
  });

  it('is not used when ALEPPO_CORPUS_IMAGE is off: worker threads with --jobs 2, this thread with --jobs 1', async () => {
    const args = ['compare', '--json', '--no-cache', '--corpus', BUNDLED];
    const threads = spawnLogged([...args, '--jobs', '2'], { ALEPPO_CORPUS_IMAGE: 'off' });
    const here = spawnLogged([...args, '--jobs', '1'], { ALEPPO_CORPUS_IMAGE: 'off' });
    const expected = (await runCli([...args, '--jobs', '1'])).stdout;
    for (const run of [threads, here]) {
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected);
      expect(run.modules).not.toContain('analysis/image.js');
    }
    expect(threads.modules).toContain('analysis/worker.js');
    expect(here.modules).toContain('compromise');
  });
});
