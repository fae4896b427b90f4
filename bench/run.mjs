// `npm run bench`: times and peak memory of aleppo-corpus against the plain compromise peer; table to stdout, JSON file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, BUNDLED } from './generate.mjs';
import { writeFindings } from './findings.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const PEER = join(ROOT, 'bench', 'peer.mjs');
const RESULTS = join(ROOT, 'bench', 'results.json');
const GNU_TIME = '/usr/bin/time';

const USAGE = `usage: node bench/run.mjs [--reps N] [--large] [--seed N] [--keep]
  --reps N   repetitions of each timed command at 100 reports (default 5; stats and bare node run 2N times)
  --large    also measure once at 1,000 reports, and compare --from at 10,000 and 100,000 findings lines (slow: 15 minutes)
  --seed N   seed of the generated corpus (default 1)
  --keep     keep the generated corpora (their paths are printed on stderr)`;

function parseArgs(argv) {
  const options = { reps: 5, large: false, seed: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--large') options.large = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--reps' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a positive integer`);
      options[arg.slice(2)] = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

const progress = (message) => process.stderr.write(message + '\n');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 3) => (value === null ? null : Number(value.toFixed(digits)));

// Peak RSS: GNU time when present, else an exit hook preloaded into the child node process reporting its own maxRSS.
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
const RSS_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";' +
  'process.on("exit",()=>writeFileSync(process.env.BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))';
const scratch = mkdtempSync(join(tmpdir(), 'aleppo-bench-rss-'));
const rssFile = join(scratch, 'rss');

/** Runs `node ...nodeArgs` once, stdout discarded; returns {seconds, rssMb}. Throws when the command fails. */
function measure(nodeArgs, extraEnv = {}) {
  rmSync(rssFile, { force: true });
  const base = { ...process.env, ...extraEnv };
  const [command, args, env] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...nodeArgs], base]
    : [process.execPath, ['--import', RSS_HOOK, ...nodeArgs], { ...base, BENCH_RSS_FILE: rssFile }];
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    throw new Error(`node ${nodeArgs.join(' ')} exited ${run.status}:\n${String(run.stderr).slice(-2000)}`);
  }
  const kilobytes = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { seconds, rssMb: kilobytes / 1024 };
}

function summarise(runs) {
  return {
    runs: runs.length,
    seconds: round(median(runs.map((r) => r.seconds))),
    peakRssMb: round(median(runs.map((r) => r.rssMb)), 1),
    allSeconds: runs.map((r) => round(r.seconds)),
  };
}

/**
 * Runs the commands in turn, `reps` times, rotating which goes first; returns a summary per name. A command is
 * `[nodeArgs, env]`.
 */
function alternate(commands, reps, label) {
  const names = Object.keys(commands);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let rep = 0; rep < reps; rep++) {
    const order = [...names.slice(rep % names.length), ...names.slice(0, rep % names.length)];
    for (const name of order) {
      const result = measure(...commands[name]);
      runs[name].push(result);
      progress(`  ${label} ${rep + 1}/${reps} ${name}: ${result.seconds.toFixed(2)} s, ${result.rssMb.toFixed(0)} MB`);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(runs[name])]));
}

/** The three extraction commands over `dir`: the peer, ours in one thread, ours with a worker per core. */
function extractionCommands(dir, cores) {
  const ours = (jobs) => [[BIN, 'compare', '--json', '--no-cache', '--jobs', String(jobs), '--corpus', dir], {}];
  return { peer: [[PEER, dir], {}], oursOneWorker: ours(1), oursAllCores: ours(cores) };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
  const cores = availableParallelism();
  const temporary = [];
  const ratio = (a, b) => round(a / b, 2);

  progress(`peak RSS from ${hasGnuTime ? 'GNU time (%M)' : 'process.resourceUsage().maxRSS in the child'}; ${cores} cores`);
  const small = generateCorpus(100, { seed: options.seed });
  temporary.push(small.dir);
  progress(`generated 100 reports (${(small.bytes / 1e6).toFixed(2)} MB) in ${small.dir}`);
  const extraction = extractionCommands(small.dir, cores);
  progress('warm-up (not counted): each extraction command once');
  for (const command of Object.values(extraction)) measure(...command);
  const at100 = alternate(extraction, options.reps, '100 reports');

  // warm stats: the bundled corpus, its analyses in a cache of the bench's own, filled by the warm-up run
  const cacheDir = mkdtempSync(join(tmpdir(), 'aleppo-bench-cache-'));
  temporary.push(cacheDir);
  const startup = { stats: [[BIN, 'stats', '--json'], { ALEPPO_CORPUS_CACHE_DIR: cacheDir }], bare: [['-e', '0'], {}] };
  progress('warm-up (not counted): stats (fills the cache) and bare node once each');
  measure(...startup.stats);
  measure(...startup.bare);
  const warm = alternate(startup, options.reps * 2, 'warm start');

  let at1000 = null;
  if (options.large) {
    const large = generateCorpus(1000, { seed: options.seed });
    temporary.push(large.dir);
    progress(`generated 1,000 reports (${(large.bytes / 1e6).toFixed(2)} MB) in ${large.dir}`);
    at1000 = { ...alternate(extractionCommands(large.dir, cores), 1, '1,000 reports'), bytes: large.bytes };
  }

  // the reduce at scale: compare --from on the bundled corpus's findings lines, renamed into 10k and 100k reports
  let reduce = null;
  if (options.large) {
    const extracted = spawnSync(process.execPath, [BIN, 'extract', '--no-cache'], { input: bundledReportLines(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (extracted.status !== 0) throw new Error(`extract of the bundled corpus exited ${extracted.status}: ${extracted.stderr}`);
    const lines = extracted.stdout.split('\n').filter((line) => line !== '');
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-bench-findings-'));
    temporary.push(dir);
    reduce = [];
    for (const count of [10_000, 100_000]) {
      const file = join(dir, `findings-${count}.ndjson`);
      const bytes = writeFindings(file, lines, count);
      progress(`wrote ${count.toLocaleString('en-US')} findings lines (${(bytes / 1e6).toFixed(0)} MB) in ${file}`);
      try {
        const run = measure([BIN, 'compare', '--from', file, '--json']);
        progress(`  compare --from, ${count.toLocaleString('en-US')} lines: ${run.seconds.toFixed(1)} s, ${run.rssMb.toFixed(0)} MB`);
        reduce.push({ lines: count, bytes, seconds: round(run.seconds), peakRssMb: round(run.rssMb, 1) });
      } catch (error) {
        progress(`  compare --from, ${count.toLocaleString('en-US')} lines: failed: ${error.message}`);
        reduce.push({ lines: count, bytes, seconds: null, peakRssMb: null, failed: error.message.split('\n').slice(-3).join(' ') });
      } finally {
        rmSync(file, { force: true });
      }
    }
  }

  const extractionSummary = (at) => ({
    peer: at.peer,
    oursOneWorker: at.oursOneWorker,
    oursAllCores: at.oursAllCores,
    oneWorkerOverPeer: ratio(at.oursOneWorker.seconds, at.peer.seconds),
    allCoresOverPeer: ratio(at.oursAllCores.seconds, at.peer.seconds),
    allCoresOverOneWorker: ratio(at.oursAllCores.seconds, at.oursOneWorker.seconds),
  });
  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cores, cpuModel: cpus()[0]?.model ?? null, platform: process.platform },
    rssSource: hasGnuTime ? 'gnu-time' : 'resourceUsage',
    ours: { command: 'node dist/bin.js compare --json --no-cache --jobs N --corpus DIR', oneWorker: 1, allCores: cores },
    peer: { command: 'node bench/peer.mjs DIR', engine: 'compromise + compromise-dates' },
    reps: options.reps,
    at100: {
      bytes: small.bytes,
      ...extractionSummary(at100),
      peerMbPerSecond: round(small.bytes / 1e6 / at100.peer.seconds),
      oursMbPerSecond: round(small.bytes / 1e6 / at100.oursAllCores.seconds),
    },
    warm: {
      corpus: BUNDLED,
      command: 'node dist/bin.js stats --json (cache warm)',
      stats: warm.stats,
      bare: warm.bare,
      statsOverBare: ratio(warm.stats.seconds, warm.bare.seconds),
    },
    at1000: at1000 && {
      bytes: at1000.bytes,
      ...extractionSummary(at1000),
      rssAt1000OverAt100: ratio(at1000.oursAllCores.peakRssMb, at100.oursAllCores.peakRssMb),
    },
    reduce: reduce && { command: 'node dist/bin.js compare --from FILE --json', source: 'the bundled corpus extracted, lines renamed', runs: reduce },
  };
  results.targets = {
    extractionHalfOfPeer: results.at100.allCoresOverPeer <= 0.5,
    extractionQuarterOfPeer: results.at100.allCoresOverPeer <= 0.25,
    statsWithin3xBare: results.warm.statsOverBare <= 3,
    statsWithin2xBare: results.warm.statsOverBare <= 2,
    memory1000Under500Mb: at1000 ? Math.max(at1000.oursOneWorker.peakRssMb, at1000.oursAllCores.peakRssMb) < 500 : null,
  };
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(renderTable(results));
  progress(`wrote ${RESULTS}`);

  if (options.keep) progress(`kept ${temporary.join(' ')}`);
  else for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}

/** The bundled corpus as extract's input: one `{"id", "outlet", "published", "file", "text"}` line per report. */
function bundledReportLines() {
  const manifest = JSON.parse(readFileSync(join(BUNDLED, 'manifest.json'), 'utf8'));
  return manifest.reports
    .map((r) => `${JSON.stringify({ id: r.id, outlet: r.outlet, published: r.published, file: r.file, text: readFileSync(join(BUNDLED, r.file), 'utf8') })}\n`)
    .join('');
}

function renderTable(r) {
  const mark = (met) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
  const extractionRows = (at, n) => [
    [`peer, ${n} reports (${(at.bytes / 1e6).toFixed(2)} MB)`, at.peer.seconds, at.peer.peakRssMb],
    [`aleppo-corpus compare, ${n} reports, 1 worker`, at.oursOneWorker.seconds, at.oursOneWorker.peakRssMb],
    [`aleppo-corpus compare, ${n} reports, ${r.ours.allCores} workers`, at.oursAllCores.seconds, at.oursAllCores.peakRssMb],
  ];
  const rows = [
    ['measure', 'median s', 'peak RSS MB'],
    ...extractionRows(r.at100, '100'),
    ['warm stats --json, bundled corpus', r.warm.stats.seconds, r.warm.stats.peakRssMb],
    ['bare node -e 0', r.warm.bare.seconds, r.warm.bare.peakRssMb],
    ...(r.at1000 ? extractionRows(r.at1000, '1,000') : []),
    ...(r.reduce ? r.reduce.runs.map((x) => [`compare --from, ${x.lines.toLocaleString('en-US')} findings lines (${(x.bytes / 1e6).toFixed(0)} MB), one run`, x.seconds ?? 'failed', x.peakRssMb ?? '-']) : []),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  out.push('');
  out.push(`ours / peer, 100 reports:   ${r.at100.allCoresOverPeer} with ${r.ours.allCores} workers, ${r.at100.oneWorkerOverPeer} with 1  (target <= 0.5: ${mark(r.targets.extractionHalfOfPeer)}; aim 0.25: ${mark(r.targets.extractionQuarterOfPeer)})`);
  if (r.at1000) out.push(`ours / peer, 1,000 reports: ${r.at1000.allCoresOverPeer} with ${r.ours.allCores} workers, ${r.at1000.oneWorkerOverPeer} with 1`);
  out.push(`stats / bare node:          ${r.warm.statsOverBare}  (target <= 3: ${mark(r.targets.statsWithin3xBare)}; aim 2: ${mark(r.targets.statsWithin2xBare)})`);
  out.push(
    `peak RSS at 1,000 reports:  ${r.at1000 ? `${r.at1000.oursAllCores.peakRssMb} MB, ${r.at1000.rssAt1000OverAt100}x that at 100 for 10x the reports` : '-'}  (target < 500 MB: ${mark(r.targets.memory1000Under500Mb)})`,
  );
  out.push(`throughput MB/s: peer ${r.at100.peerMbPerSecond}, ours ${r.at100.oursMbPerSecond}`);
  out.push(`${r.machine.cpus} cores, ${r.machine.node}; ours with the cache bypassed (--no-cache); medians of ${r.reps} runs (warm start: ${r.reps * 2})`);
  return out.join('\n') + '\n';
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
