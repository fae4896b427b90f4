// Running the command: in-process through `run(argv, io)` with an in-memory io (most tests), or the built
// dist/bin.js as a user would (the few smoke tests of what only a process shows), and copying the bundled corpus
// for tests that change it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'dist', 'bin.js');
/** The package's executable (package.json's bin): a shell script that starts node from an image or from dist/bin.js. */
export const LAUNCHER = join(ROOT, 'bin', 'aleppo-corpus');
export const BUNDLED = join(ROOT, 'corpus');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  /** Standard input (default: empty). */
  input?: string;
  /** In-process only: pretend stdout is a terminal this many columns wide. */
  columns?: number;
}

/**
 * The analysis cache of the tests' runs: the test run's own (vitest.config.ts makes one for the run), so tests
 * neither read nor fill the user's.
 */
export const TEST_CACHE_DIR = process.env.ALEPPO_CORPUS_TEST_CACHE_DIR ?? mkdtempSync(join(tmpdir(), 'aleppo-corpus-cache-'));

/** The environment a run sees: nothing of the test process's but PATH and HOME, and the test cache. */
function testEnv(env: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ALEPPO_CORPUS_CACHE_DIR: TEST_CACHE_DIR, ...env };
}

/** The CLI run in this process, as `aleppo-corpus ARGS` would run, its output collected. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: testEnv(options.env),
    isTTY: options.columns !== undefined,
    isStderrTTY: false,
    stdin: Readable.from(options.input ? [options.input] : []),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  });
  return { code, stdout, stderr };
}

/** The built command (dist/bin.js) run in a process of its own: for exit codes, closed pipes and terminals. */
export function spawnCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: testEnv(options.env),
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The package's executable (LAUNCHER, or `bin` in a copy of the package) run as a user runs it: for how it starts. */
export function spawnLauncher(args: string[], options: { env?: Record<string, string>; input?: string; bin?: string } = {}): CliResult {
  const result = spawnSync(options.bin ?? LAUNCHER, args, { cwd: ROOT, env: testEnv(options.env), encoding: 'utf8', input: options.input ?? '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MODULE_LOG = fileURLToPath(new URL('./module-log.mjs', import.meta.url));

/**
 * spawnCli with the modules the run loaded (module-log.mjs): the program's, as paths under dist/
 * (`corpus/segment.js`), and packages by name (`compromise`, `commander`).
 */
export function spawnLogged(args: string[], options: { env?: Record<string, string>; input?: string; bin?: string } = {}): CliResult & { modules: string[] } {
  const log = join(mkdtempSync(join(tmpdir(), 'aleppo-modules-')), 'modules.txt');
  const result = spawnSync(process.execPath, ['--import', MODULE_LOG, options.bin ?? BIN, ...args], {
    cwd: ROOT,
    env: testEnv({ ...options.env, MODULE_LOG: log }),
    encoding: 'utf8',
    input: options.input ?? '',
  });
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/') || url.includes('/node_modules/') || url.startsWith('node:'))
    .map((url) => (url.startsWith('node:') ? url : url.includes('/dist/') ? url.slice(url.indexOf('/dist/') + 6) : (url.split('/node_modules/').pop()!.split('/')[0] as string)));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, modules };
}

/** A temporary copy of the bundled corpus (or an empty directory), for tests that break or edit a corpus. */
export function tempCorpus(copyBundled = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-corpus-'));
  if (copyBundled) cpSync(BUNDLED, dir, { recursive: true });
  return dir;
}

/**
 * The reports of a small corpus: each a few sentences with what the extractors find (a dateline, figures that agree
 * and figures that differ between reports, a quote with its speaker, a named official, places), so that a test of
 * what the program does with findings (cache, formats, workers) costs a fraction of the bundled corpus's analysis.
 */
const SMALL_REPORTS: Array<{ buses: number; evacuated: string; wounded: number; speaker: string }> = [
  { buses: 20, evacuated: '4,000', wounded: 12, speaker: 'Robert Mardini, the ICRC regional director' },
  { buses: 20, evacuated: '5,000', wounded: 12, speaker: 'Ingy Sedky, an ICRC spokeswoman' },
  { buses: 17, evacuated: 'about 4,500', wounded: 30, speaker: 'Jan Egeland, a UN adviser' },
  { buses: 20, evacuated: 'more than 3,000', wounded: 12, speaker: 'Robert Mardini, the ICRC regional director' },
  { buses: 25, evacuated: '4,000', wounded: 9, speaker: 'Staffan de Mistura, the UN envoy' },
];

function smallReport(index: number, published: string): string {
  const r = SMALL_REPORTS[index % SMALL_REPORTS.length]!;
  return [
    `Evacuation of eastern Aleppo resumes, report ${index + 1}`,
    `BEIRUT, Dec ${Number(published.slice(8, 10))} (Reuters) - At least ${r.buses} buses left eastern Aleppo on Thursday, and ${r.evacuated} people were evacuated to Idlib province, officials said.`,
    `${r.wounded} wounded people were taken to hospitals in western Aleppo by ambulance, the Syrian Arab Red Crescent said.`,
    `"The operation will take several days," said ${r.speaker}. "We need safe passage for everyone."`,
    'The United Nations said the Syrian government and Russia had agreed to the deal.',
  ].join('\n\n') + '\n';
}

/**
 * A temporary corpus with the bundled corpus's manifest, gazetteer and measures but short reports of a few
 * sentences (and no facts lock), for tests of the program's mechanics that do not need the bundled texts.
 */
export function smallCorpus(): string {
  const dir = tempCorpus();
  rmSync(join(dir, 'facts.lock.json'), { force: true });
  rmSync(join(dir, 'accepted.json'), { force: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { reports: Array<{ file: string; published: string }> };
  manifest.reports.forEach((report, i) => writeFileSync(join(dir, report.file), smallReport(i, report.published)));
  return dir;
}
