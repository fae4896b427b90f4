// The package's executable, bin/aleppo-corpus: it starts the program from the CLI's image, or from the extractor's for
// a run that will analyse every report, when the build made them for the node on the PATH, else from dist/bin.js.
// Whichever way it starts, a run prints what dist/bin.js prints, and exits with its code.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLED, LAUNCHER, ROOT, smallCorpus, spawnCli, spawnLauncher, TEST_CACHE_DIR, type CliResult } from '../helpers/cli.js';
import { builtImage, NO_IMAGE } from '../helpers/image.js';

const built = builtImage() !== null;
const TRACE = { ALEPPO_CORPUS_TRACE_START: '1' };
const FROM = {
  cli: "aleppo-corpus: starting from the CLI's image\n",
  extractor: "aleppo-corpus: starting from the extractor's image\n",
  modules: 'aleppo-corpus: starting from its modules\n',
};

/** A run of the executable, traced: the way it started and what the run itself wrote on stderr. */
function launched(args: string[], options: { env?: Record<string, string>; input?: string; bin?: string } = {}): CliResult & { from: string } {
  const result = spawnLauncher(args, { ...options, env: { ...TRACE, ...options.env } });
  const from = result.stderr.split('\n')[0] + '\n';
  return { ...result, stderr: result.stderr.slice(from.length), from };
}

/** A fresh cache directory, so that a run starts with nothing cached. */
const freshCache = (): Record<string, string> => ({ ALEPPO_CORPUS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'aleppo-launch-cache-')) });

const oneReport = `${JSON.stringify({ id: 'r1', outlet: 'Reuters', published: '2016-12-22', text: readFileSync(join(BUNDLED, '000_fefbdc379cd161a4.txt'), 'utf8') })}\n`;

describe.skipIf(!built)(`the executable (${built ? 'the build made its images' : NO_IMAGE})`, () => {
  it('starts from the extractor’s image for a run that analyses every report, with the output of dist/bin.js', () => {
    const corpus = smallCorpus();
    // (each command from each image: launcher-commands.test.ts)
    const runs: Array<{ args: string[]; input?: string }> = [
      { args: ['stats', '--no-cache', '--corpus', corpus] },
      { args: ['compare', '--json', '--no-cache', '--jobs', '2', '--corpus', corpus] },
      { args: ['extract'], input: oneReport },
    ];
    for (const { args, input } of runs) {
      const options = input === undefined ? {} : { input };
      const run = launched(args, options);
      expect(run.from, args.join(' ')).toBe(FROM.extractor);
      expect(run, args.join(' ')).toMatchObject(spawnCli(args, options));
    }
  });

  it('starts from the CLI’s image for any other run, whether the cache holds the reports or not, with the output of dist/bin.js', () => {
    const corpus = smallCorpus();
    const env = freshCache();
    for (const args of [['stats', '--corpus', corpus], ['stats', '--corpus', corpus], ['--version']]) {
      const run = launched(args, { env });
      expect(run.from, args.join(' ')).toBe(FROM.cli);
      expect(run, args.join(' ')).toMatchObject(spawnCli(args, { env }));
    }
  });

  it('exits with the code and the one line of dist/bin.js on bad input', () => {
    for (const args of [['nonsense'], ['stats', '--corpus', '/nonexistent/corpus'], ['stats', '--jobs', 'many'], ['extract', '--no-cache']]) {
      const run = launched(args, { input: '{"id": 3}\nnot json\n' });
      const expected = spawnCli(args, { input: '{"id": 3}\nnot json\n' });
      expect(expected.code, args.join(' ')).not.toBe(0);
      expect(run, args.join(' ')).toMatchObject(expected);
    }
  });

  it('ends quietly when its reader closes the pipe early, from either image', async () => {
    for (const args of [['compare', '--json'], ['compare', '--json', '--no-cache']]) {
      const child = spawn(LAUNCHER, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...freshCache() }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      await new Promise((resolve) => child.stdout!.once('data', resolve));
      child.stdout!.destroy();
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr, args.join(' ')).toBe('');
      expect(code, args.join(' ')).toBe(0);
    }
  });

  // `script` gives the command a pseudo-terminal as stdout: the image reads the terminal and NO_COLOR when it runs, not when it was built
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('colours on a terminal as dist/bin.js does, and not with NO_COLOR', () => {
    const onTerminal = (command: string, env: Record<string, string>) =>
      spawnSync('script', ['-qec', `${command} compare --report euronews-2016-12-15 --report mee-2016-12-15`, '/dev/null'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', COLUMNS: '100', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR, ...env },
      });
    for (const env of [{}, { NO_COLOR: '1' }] as Array<Record<string, string>>) {
      const launched = onTerminal(`"${LAUNCHER}"`, { ...env, ...TRACE });
      const modules = onTerminal(`"${process.execPath}" "${BIN}"`, env);
      expect(launched.status).toBe(0);
      expect(launched.stdout).toBe(`${FROM.cli.replace('\n', '\r\n')}${modules.stdout}`);
      expect(launched.stdout.includes('\x1b[')).toBe(Object.keys(env).length === 0);
    }
  });

  it('starts from its modules when ALEPPO_CORPUS_IMAGE is off or NODE_OPTIONS gives node flags of its own', () => {
    expect(launched(['--version'], { env: { ALEPPO_CORPUS_IMAGE: 'off' } })).toMatchObject({ from: FROM.modules, code: 0 });
    expect(launched(['stats', '--no-cache'], { env: { NODE_OPTIONS: '--max-old-space-size=512' } })).toMatchObject({ from: FROM.modules, code: 0 });
  });

  it('starts from its modules in a copy of the package elsewhere, reached through a link as npm links it (the images hold paths into the package they were made in), and for another node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-moved-'));
    for (const entry of ['package.json', 'bin', 'corpus', 'dist']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const link = join(mkdtempSync(join(tmpdir(), 'aleppo-bin-')), 'aleppo-corpus');
    symlinkSync(join(dir, 'bin', 'aleppo-corpus'), link);
    const run = launched(['stats', '--json'], { bin: link });
    expect(run.from).toBe(FROM.modules);
    expect(run).toMatchObject(spawnCli(['stats', '--json']));
    // so too where the launch file names the copy but another node (a node upgraded since the build)
    const launch = join(dir, 'dist', 'image', 'launch');
    const [, path, , flags] = readFileSync(launch, 'utf8').split('\n');
    writeFileSync(launch, ['v0.0.0', path, realpathSync(dir), flags].join('\n') + '\n');
    expect(launched(['--version'], { bin: link })).toMatchObject({ from: FROM.modules, code: 0 });
  });
});
