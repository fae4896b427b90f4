// The built command analyses in a process started from the extractor's image when the build made one for this Node:
// the same output as an analysis in the calling process, with neither the extractors nor compromise loaded there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, runCli, spawnLogged } from '../helpers/cli.js';
import { builtImage, NO_IMAGE } from '../helpers/image.js';

const built = builtImage();

/**
 * What the command prints when it analyses in this process. The tests' cache keeps those analyses (keyed by the
 * sources' own version, so made here), and the commands below ask for the same ones: each is made once a run.
 */
async function analysedHere(args: string[], input?: string): Promise<string> {
  return (await runCli(args.filter((arg) => arg !== '--no-cache'), input === undefined ? {} : { input })).stdout;
}

describe.skipIf(built === null)(`the extractor's image, in the built command (${built === null ? NO_IMAGE : 'built'})`, () => {
  it('gives stats and compare the output of an analysis in this process, loading neither compromise nor the extractors there', async () => {
    for (const command of [['stats'], ['compare']]) {
      const args = [...command, '--json', '--no-cache', '--corpus', BUNDLED];
      const spawned = spawnLogged(args);
      expect(spawned.stderr, command[0]).toBe('');
      expect(spawned.code, command[0]).toBe(0);
      expect(spawned.stdout, command[0]).toBe(await analysedHere(args));
      // what was loaded is seen, CommonJS packages included
      expect(spawned.modules, command[0]).toContain('analysis/image.js');
      expect(spawned.modules, command[0]).toContain('commander');
      for (const module of ['compromise', 'extract/index.js']) expect(spawned.modules, `${command[0]}: ${module}`).not.toContain(module);
    }
  });

  it('reads no report into its parts for stats or extract: the image does it', async () => {
    const spawned = spawnLogged(['stats', '--no-cache', '--corpus', BUNDLED]);
    expect(spawned.code).toBe(0);
    expect(spawned.modules).not.toContain('corpus/segment.js');
    const input = `${JSON.stringify({ id: 'r1', text: readFileSync(join(BUNDLED, '000_fefbdc379cd161a4.txt'), 'utf8') })}\n`;
    const extracted = spawnLogged(['extract', '--no-cache'], { input });
    expect(extracted.code).toBe(0);
    // the line of an extraction here, but for the provenance (the sources' version is not the build's)
    const { provenance: _built, ...line } = JSON.parse(extracted.stdout) as Record<string, unknown>;
    const { provenance: _here, ...expected } = JSON.parse(await analysedHere(['extract', '--no-cache'], input)) as Record<string, unknown>;
    expect(line).toEqual(expected);
    expect(extracted.modules).toContain('analysis/image.js');
    for (const module of ['corpus/load.js', 'corpus/article.js', 'corpus/segment.js', 'compromise']) expect(extracted.modules, module).not.toContain(module);
  });

  it("keeps the image's answers apart from what compromise logs (its DEBUG_TAGS tracing): the same output, no warning", async () => {
    const args = ['stats', '--json', '--no-cache', '--corpus', BUNDLED];
    const spawned = spawnLogged(args, { env: { DEBUG_TAGS: '1' } });
    expect(spawned.code).toBe(0);
    expect(spawned.modules).not.toContain('compromise');
    expect(spawned.stderr).toBe('');
    expect(spawned.stdout).toBe(await analysedHere(args));
  });

  it('gives compare with --jobs 2 (two processes of the image) the output of one thread', async () => {
    const args = ['compare', '--json', '--no-cache', '--corpus', BUNDLED];
    const two = spawnLogged([...args, '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(await analysedHere([...args, '--jobs', '1']));
    expect(two.modules).not.toContain('analysis/worker.js');
  });

  it('is not used when ALEPPO_CORPUS_IMAGE is off: worker threads with --jobs 2, this thread with --jobs 1', async () => {
    const args = ['compare', '--json', '--no-cache', '--corpus', BUNDLED];
    const threads = spawnLogged([...args, '--jobs', '2'], { env: { ALEPPO_CORPUS_IMAGE: 'off' } });
    const here = spawnLogged([...args, '--jobs', '1'], { env: { ALEPPO_CORPUS_IMAGE: 'off' } });
    const expected = await analysedHere([...args, '--jobs', '1']);
    for (const run of [threads, here]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(expected);
      expect(run.modules).not.toContain('analysis/image.js');
    }
    expect(threads.modules).toContain('analysis/worker.js');
    expect(here.modules).toContain('compromise');
  });
});
