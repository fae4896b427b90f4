// `npm run bench`: wall and CPU time and peak memory of aleppo-corpus against the plain compromise peer, on distinct
// reports; table to stdout, progress to stderr, figures to bench/results.json.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, BUNDLED } from './generate.mjs';
import { writeFindings } from './findings.mjs';
import { corpusFiles, describeDirectory, mergeInto, REALWORLD, selectRealworld, writeExtractInput } from './corpora.mjs';
import { sentenceRepeats } from './sentences.mjs';
import { treeSampler } from './tree-rss.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'bin.js');
/** The package's executable (bin/aleppo-corpus), what a user runs: it starts node from the program's images. */
const LAUNCHER = join(ROOT, 'bin', 'aleppo-corpus');
const PEER = join(ROOT, 'bench', 'peer.mjs');
const RESULTS = join(ROOT, 'bench', 'results.json');
const GNU_TIME = '/usr/bin/time';
const SMALL = 100;
const LARGE = 1000;
const FINDINGS_LINES = 10_000;
const EXTRACT_MANY = 50;
/** Runs of a warm start or a bare node timed together, each of them the mean of a batch (measureBatch). */
const WARM_BATCH = 10;

const USAGE = `usage: npm run bench -- [--reps N] [--large] [--corpus DIR] [--generated] [--seed N] [--keep]

Times aleppo-corpus against the peer (compromise run the plain way, bench/peer.mjs) on distinct reports, wall and
CPU time (user + sys of the child) side by side, medians of N runs; marks the targets of issues 16 and 13.

The corpus, by default: 100 distinct real reports of ${REALWORLD}
(FA-KES, Reuters-21578, IndiaPoliceEvents: a third of each, each source's reports in the order of the SHA-256 of
their text, no two texts equal); when that folder is absent, 100 generated reports that share no sentence
(bench/generate.mjs). The corpus used is printed on stderr and kept in bench/results.json.

  --reps N       runs of each timed command (default 3; warm start and bare node: 2N, each the mean of 10 in a row)
  --large        also 1,000 reports (all the distinct real ones, topped up with generated ones), one run each,
                 and compare --from on ${FINDINGS_LINES.toLocaleString('en-US')} findings lines (slow: about 15 minutes more)
  --corpus DIR   bench this corpus directory instead (its .txt files; with --large only the compare --from row is added)
  --generated    generated reports even when the real ones are present
  --seed N       seed of generated reports (default 1)
  --keep         keep the corpora and outputs written (their paths are printed on stderr)
  -h, --help     this text`;

function parseArgs(argv) {
  const options = { reps: 3, large: false, seed: 1, keep: false, corpus: null, generated: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--large') options.large = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--generated') options.generated = true;
    else if (arg === '--corpus') {
      const dir = argv[++i];
      if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--corpus needs a directory\n${USAGE}`);
      options.corpus = resolve(dir);
    } else if (arg === '--reps' || arg === '--seed') {
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
const round = (value, digits = 3) => (value === null || value === undefined || Number.isNaN(value) ? null : Number(value.toFixed(digits)));
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b, 2));
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

// Wall time from the clock here; CPU time (user + sys) and one process's peak RSS from GNU time when present, else from an exit hook
// preloaded into the child node process that reports its own resource usage (worker threads included in both).
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%U %S %M', 'true'], { stdio: 'ignore' }).status === 0;
/** How ours is run, as the results name it (see ours()). */
const OURS = hasGnuTime ? 'bin/aleppo-corpus' : 'node dist/bin.js';
const USAGE_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();' +
  'writeFileSync(process.env.BENCH_USAGE_FILE,`${u.userCPUTime/1e6} ${u.systemCPUTime/1e6} ${u.maxRSS}`)})';
// Peak memory is the larger of GNU time's (one process's) and the sampled sum over the command's processes.
const sampler = treeSampler();
const scratch = mkdtempSync(join(tmpdir(), 'aleppo-bench-'));
const usageFile = join(scratch, 'usage');

/**
 * Runs `node ...nodeArgs` once; stdin from the file `input` (else none), stdout to the file `output` (else discarded).
 * With GNU time, `command` may run something else in its place (measureBatch). Returns {seconds, cpu, rssMb}. Throws
 * when the command fails.
 */
function measure(nodeArgs, { env: extraEnv = {}, input = null, output = null, command: argv = [process.execPath, ...nodeArgs] } = {}) {
  rmSync(usageFile, { force: true });
  const base = { ...process.env, ...extraEnv };
  const [command, args, env] = hasGnuTime
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', usageFile, ...argv], base]
    : [process.execPath, ['--import', USAGE_HOOK, ...nodeArgs], { ...base, BENCH_USAGE_FILE: usageFile }];
  const inFd = input ? openSync(input, 'r') : 'ignore';
  const outFd = output ? openSync(output, 'w') : 'ignore';
  sampler?.reset();
  const started = process.hrtime.bigint();
  let run;
  try {
    run = spawnSync(command, args, { env, stdio: [inFd, outFd, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } finally {
    if (typeof inFd === 'number') closeSync(inFd);
    if (typeof outFd === 'number') closeSync(outFd);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${run.status}:\n${String(run.stderr).slice(-2000)}`);
  }
  const [user, sys, kilobytes] = readFileSync(usageFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { seconds, cpu: user + sys, rssMb: Math.max(kilobytes / 1024, sampler?.peakMb() ?? 0) };
}

/**
 * A run of aleppo-corpus ARGS as `[nodeArgs, options]` for measure: the executable as a user runs it where GNU time
 * measures it, else `node dist/bin.js` (the exit hook that measures a run without GNU time is node's).
 */
function ours(args, options = {}) {
  return [[BIN, ...args], hasGnuTime ? { ...options, command: [LAUNCHER, ...args] } : options];
}

function summarise(runs) {
  return {
    runs: runs.length,
    seconds: round(median(runs.map((r) => r.seconds))),
    cpuSeconds: round(median(runs.map((r) => r.cpu))),
    peakRssMb: round(median(runs.map((r) => r.rssMb)), 1),
    allSeconds: runs.map((r) => round(r.seconds)),
    allCpuSeconds: runs.map((r) => round(r.cpu)),
  };
}

/**
 * Runs `node ...nodeArgs` `times` times in a row, as one measure, and returns the mean of a run: GNU time gives CPU
 * time in hundredths of a second, a tenth of a bare node's, too coarse for a run that short. With GNU time the runs
 * go through one shell, whose loop costs each run well under a millisecond.
 */
function measureBatch(nodeArgs, options, times) {
  if (!hasGnuTime) {
    const runs = Array.from({ length: times }, () => measure(nodeArgs, options));
    return { seconds: runs.reduce((n, r) => n + r.seconds, 0) / times, cpu: runs.reduce((n, r) => n + r.cpu, 0) / times, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
  }
  const loop = `i=0; while [ $i -lt ${times} ]; do "$@" || exit 1; i=$((i+1)); done`;
  const batch = measure(nodeArgs, { ...options, command: ['sh', '-c', loop, 'sh', ...(options.command ?? [process.execPath, ...nodeArgs])] });
  return { seconds: batch.seconds / times, cpu: batch.cpu / times, rssMb: batch.rssMb };
}

/**
 * Runs the commands in turn, `reps` times, rotating which goes first; returns a summary per name. A command is
 * `[nodeArgs, options]` (see measure); with `batch`, each run is the mean of that many in a row (measureBatch).
 */
function alternate(commands, reps, label, batch = 1) {
  const names = Object.keys(commands);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let rep = 0; rep < reps; rep++) {
    const order = [...names.slice(rep % names.length), ...names.slice(0, rep % names.length)];
    for (const name of order) {
      const result = batch > 1 ? measureBatch(...commands[name], batch) : measure(...commands[name]);
      runs[name].push(result);
      progress(`  ${label} ${rep + 1}/${reps} ${name}: ${result.seconds.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU, ${result.rssMb.toFixed(0)} MB`);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(runs[name])]));
}

/** The figures of a compare JSON (the members of its groups), its groups, its bytes and the bytes of each part. */
function compareOutput(file) {
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text);
  const groups = json.groups ?? [];
  return {
    bytes: Buffer.byteLength(text),
    groups: groups.length,
    figures: groups.reduce((n, g) => n + (g.members?.length ?? 0), 0),
    parts: Object.fromEntries(Object.entries(json).map(([key, value]) => [key, Buffer.byteLength(JSON.stringify(value))])),
  };
}

/**
 * Full extraction of the corpus `dir`: the peer, ours in one thread, ours with the default jobs; `reps` rounds. Ours
 * is `compare --json --no-cache`; its JSON is kept (sizes, figures) and the two outputs are checked byte-equal.
 */
function extraction(dir, reps, label) {
  const out1 = join(scratch, 'compare-jobs1.json');
  const outN = join(scratch, 'compare-default.json');
  const compare = (jobs, output) => ours(['compare', '--json', '--no-cache', ...(jobs ? ['--jobs', String(jobs)] : []), '--corpus', dir], { output });
  const at = alternate({ peer: [[PEER, dir], {}], oursOneThread: compare(1, out1), oursDefaultJobs: compare(null, outN) }, reps, label);
  const json = compareOutput(out1);
  const sameOutput = readFileSync(out1).equals(readFileSync(outN));
  rmSync(out1, { force: true });
  rmSync(outN, { force: true });
  return {
    ...at,
    json,
    sameOutputBothJobs: sameOutput,
    oneThreadOverPeer: ratio(at.oursOneThread.seconds, at.peer.seconds),
    oneThreadOverPeerCpu: ratio(at.oursOneThread.cpuSeconds, at.peer.cpuSeconds),
    defaultJobsOverPeer: ratio(at.oursDefaultJobs.seconds, at.peer.seconds),
    defaultJobsOverPeerCpu: ratio(at.oursDefaultJobs.cpuSeconds, at.peer.cpuSeconds),
  };
}

/** The corpus of the main rows: --corpus DIR, else the real selection, else generated reports. */
function smallCorpus(options, temporary) {
  if (options.corpus) return describeDirectory(options.corpus);
  const real = options.generated ? null : selectRealworld(SMALL);
  if (real) {
    temporary.push(real.dir);
    return real;
  }
  const generated = generateCorpus(SMALL, { seed: options.seed });
  temporary.push(generated.dir);
  return { dir: generated.dir, source: 'generated', count: SMALL, bytes: generated.bytes };
}

/** The 1,000 reports of --large: all the distinct real ones, topped up with generated ones; or all generated. */
function largeCorpus(options, temporary) {
  const real = options.generated ? null : selectRealworld(LARGE);
  if (real) {
    temporary.push(real.dir);
    if (real.short === 0) return real;
    const topUp = generateCorpus(real.short, { seed: options.seed });
    temporary.push(topUp.dir);
    mergeInto(real.dir, topUp.dir);
    return { ...real, source: 'realworld+generated', count: LARGE, bytes: real.bytes + topUp.bytes, generated: real.short };
  }
  const generated = generateCorpus(LARGE, { seed: options.seed });
  temporary.push(generated.dir);
  return { dir: generated.dir, source: 'generated', count: LARGE, bytes: generated.bytes };
}

const describe = (c) =>
  `${c.source}: ${c.count.toLocaleString('en-US')} reports, ${mb(c.bytes)}${c.perSource ? ` (${Object.entries(c.perSource).map(([k, v]) => `${k} ${v}`).join(', ')}${c.generated ? `, generated ${c.generated}` : ''})` : ''}`;

function repeatsOf(corpus) {
  const texts = corpusFiles(corpus.dir).map((file) => readFileSync(join(corpus.dir, file), 'utf8'));
  return sentenceRepeats(texts);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
  if (!hasGnuTime) progress('no GNU time: ours is timed as `node dist/bin.js`, not through the executable, whose node the exit hook cannot reach');
  const cores = availableParallelism();
  const temporary = [];
  const started = Date.now();

  progress(`CPU time from ${hasGnuTime ? 'GNU time (%U %S)' : 'process.resourceUsage() in the child'}; peak RSS ${sampler ? 'of all the command\'s node processes together, sampled from /proc every 20 ms, or one process\'s peak if larger' : 'of the largest process'}; ${cores} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const small = smallCorpus(options, temporary);
  progress(`corpus: ${describe(small)} in ${small.dir}`);
  const smallRepeats = repeatsOf(small);
  progress(`  sentences: ${smallRepeats.sentences}, repeated ${smallRepeats.repeated} (${smallRepeats.repeatedAcrossReports} across reports)`);
  const at100 = extraction(small.dir, options.reps, `${small.count} reports`);

  // A process's fixed cost: stats of the bundled corpus afresh, extract of 1 report and of 50 (afresh).
  const one = join(scratch, 'extract-1.ndjson');
  const many = join(scratch, `extract-${EXTRACT_MANY}.ndjson`);
  const extractCounts = { one: writeExtractInput(small.dir, 1, one), many: writeExtractInput(small.dir, EXTRACT_MANY, many) };
  const fixed = alternate(
    {
      statsNoCache: ours(['stats', '--no-cache']),
      extractOne: ours(['extract', '--no-cache'], { input: one }),
      extractMany: ours(['extract', '--no-cache'], { input: many }),
    },
    options.reps,
    'fixed cost',
  );

  // Warm stats: the bundled corpus, its analyses in a cache of the bench's own, filled by an uncounted run.
  const cacheDir = mkdtempSync(join(tmpdir(), 'aleppo-bench-cache-'));
  temporary.push(cacheDir);
  const startup = { stats: ours(['stats', '--json'], { env: { ALEPPO_CORPUS_CACHE_DIR: cacheDir } }), bare: [['-e', '0'], {}] };
  measure(...startup.stats);
  measure(...startup.bare);
  const warm = alternate(startup, options.reps * 2, 'warm start', WARM_BATCH);

  let large = null;
  if (options.large && !options.corpus) {
    const corpus = largeCorpus(options, temporary);
    progress(`corpus: ${describe(corpus)} in ${corpus.dir}`);
    const repeats = repeatsOf(corpus);
    progress(`  sentences: ${repeats.sentences}, repeated ${repeats.repeated} (${repeats.repeatedAcrossReports} across reports)`);
    large = { corpus: { ...corpus, dir: undefined }, repeats, ...extraction(corpus.dir, 1, `${corpus.count} reports`) };
  }

  // The reduce at scale: compare --from on the bundled corpus's findings lines, renamed into distinct reports.
  let reduce = null;
  if (options.large) {
    const extracted = spawnSync(process.execPath, [BIN, 'extract', '--no-cache'], { input: bundledReportLines(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (extracted.status !== 0) throw new Error(`extract of the bundled corpus exited ${extracted.status}: ${extracted.stderr}`);
    const lines = extracted.stdout.split('\n').filter((line) => line !== '');
    const file = join(scratch, `findings-${FINDINGS_LINES}.ndjson`);
    const bytes = writeFindings(file, lines, FINDINGS_LINES);
    progress(`wrote ${FINDINGS_LINES.toLocaleString('en-US')} findings lines (${mb(bytes)})`);
    try {
      const run = measure(...ours(['compare', '--from', file, '--json']));
      progress(`  compare --from: ${run.seconds.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU, ${run.rssMb.toFixed(0)} MB`);
      reduce = { lines: FINDINGS_LINES, bytes, ...summarise([run]) };
    } catch (error) {
      const lines = error.message.split('\n');
      reduce = { lines: FINDINGS_LINES, bytes, failed: [lines[0], ...lines.filter((l) => /Error\b|FATAL/.test(l)).slice(0, 2)].join(' ') };
      progress(`  compare --from: failed: ${reduce.failed}`);
    }
  }

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cores, cpuModel: cpus()[0]?.model ?? null, platform: process.platform, loadAtEnd: loadavg().map((l) => round(l, 2)) },
    usageSource: hasGnuTime ? 'gnu-time' : 'resourceUsage',
    reps: options.reps,
    elapsedSeconds: round((Date.now() - started) / 1000, 0),
    commands: {
      peer: 'node bench/peer.mjs DIR (compromise + compromise-dates)',
      oursOneThread: `${OURS} compare --json --no-cache --jobs 1 --corpus DIR`,
      oursDefaultJobs: `${OURS} compare --json --no-cache --corpus DIR`,
      statsNoCache: `${OURS} stats --no-cache (bundled corpus)`,
      extract: `${OURS} extract --no-cache < first 1 or ${EXTRACT_MANY} reports of the corpus as NDJSON`,
      warmStats: `${OURS} stats --json (bundled corpus, cache warm)`,
      reduce: `${OURS} compare --from FILE --json (the bundled corpus extracted, lines renamed)`,
    },
    small: { corpus: { ...small, dir: options.corpus ?? undefined }, repeats: smallRepeats, ...at100 },
    fixed: { ...fixed, extractReports: extractCounts },
    warm: { corpus: BUNDLED, stats: warm.stats, bare: warm.bare, statsOverBare: ratio(warm.stats.seconds, warm.bare.seconds), statsOverBareCpu: ratio(warm.stats.cpuSeconds, warm.bare.cpuSeconds) },
    large,
    reduce,
  };
  const peak1000 = large ? Math.max(large.oursOneThread.peakRssMb, large.oursDefaultJobs.peakRssMb) : null;
  const perFigure = (at) => (at.json.figures ? at.json.bytes / at.json.figures : null);
  results.targets = {
    extraction100: { target: 'full extraction of 100 distinct reports in one thread <= 0.35 x the peer, wall (issue 16)', value: at100.oneThreadOverPeer, met: at100.oneThreadOverPeer <= 0.35 },
    extraction100Cpu: { target: 'the same in CPU time', value: at100.oneThreadOverPeerCpu, met: at100.oneThreadOverPeerCpu <= 0.35 },
    extraction100Aim: { target: 'aim 0.25 x the peer, wall (issue 16)', value: at100.oneThreadOverPeer, met: at100.oneThreadOverPeer <= 0.25 },
    extraction1000: { target: 'at 1,000 reports in one thread <= 0.25 x the peer, wall (issue 16)', value: large?.oneThreadOverPeer ?? null, met: large ? large.oneThreadOverPeer <= 0.25 : null },
    extraction1000Cpu: { target: 'the same in CPU time', value: large?.oneThreadOverPeerCpu ?? null, met: large ? large.oneThreadOverPeerCpu <= 0.25 : null },
    statsNoCache: { target: 'stats --no-cache on the bundled corpus <= 0.8 s CPU (issue 16)', value: fixed.statsNoCache.cpuSeconds, met: fixed.statsNoCache.cpuSeconds <= 0.8 },
    extractOne: { target: 'extract of a single report <= 0.8 s CPU (issue 16)', value: fixed.extractOne.cpuSeconds, met: fixed.extractOne.cpuSeconds <= 0.8 },
    warmStats: { target: 'warm stats within 2 x a bare node -e 0, wall (issue 16)', value: results.warm.statsOverBare, met: results.warm.statsOverBare <= 2 },
    warmStatsCpu: { target: 'the same in CPU time', value: results.warm.statsOverBareCpu, met: results.warm.statsOverBareCpu <= 2 },
    memory1000: { target: 'compare on 1,000 reports peaks under 300 MB (issue 13)', value: peak1000, met: large ? peak1000 < 300 : null },
    jsonGrowth: {
      target: 'compare JSON bytes per figure at 1,000 within 1.5 x that at 100 (issue 13: grows with figures)',
      value: large ? ratio(perFigure(large), perFigure(at100)) : null,
      met: large ? perFigure(large) <= 1.5 * perFigure(at100) : null,
    },
  };
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(renderTable(results));
  progress(`wrote ${RESULTS} (${results.elapsedSeconds} s in all)`);

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
  const mark = (target) => (target.met === null ? 'not measured' : target.met ? 'met' : 'NOT met');
  const row = (label, s) => [label, s.seconds, s.cpuSeconds, s.peakRssMb];
  const extractionRows = (at, corpus, runs) => [
    row(`peer, ${corpus.count.toLocaleString('en-US')} reports (${mb(corpus.bytes)})${runs}`, at.peer),
    row(`compare --no-cache, ${corpus.count.toLocaleString('en-US')} reports, --jobs 1${runs}`, at.oursOneThread),
    row(`compare --no-cache, ${corpus.count.toLocaleString('en-US')} reports, default jobs${runs}`, at.oursDefaultJobs),
  ];
  const rows = [
    ['measure', 'wall s', 'CPU s', 'peak RSS MB'],
    ...extractionRows(r.small, r.small.corpus, ''),
    row('stats --no-cache, bundled corpus (5 reports)', r.fixed.statsNoCache),
    row('extract --no-cache, 1 report', r.fixed.extractOne),
    row(`extract --no-cache, ${r.fixed.extractReports.many} reports`, r.fixed.extractMany),
    row('warm stats --json, bundled corpus', r.warm.stats),
    row('bare node -e 0', r.warm.bare),
    ...(r.large ? extractionRows(r.large, r.large.corpus, ', one run') : []),
    ...(r.reduce ? [r.reduce.failed ? [`compare --from, ${r.reduce.lines.toLocaleString('en-US')} findings lines (${mb(r.reduce.bytes)}), one run`, 'failed', '-', '-'] : row(`compare --from, ${r.reduce.lines.toLocaleString('en-US')} findings lines (${mb(r.reduce.bytes)}), one run`, r.reduce)] : []),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((x) => String(x[c] ?? '-').length)));
  const line = (x) => x.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell ?? '-').padStart(widths[c]))).join('  ');
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const t = r.targets;
  const ratios = (at) => `${at.oneThreadOverPeer} wall, ${at.oneThreadOverPeerCpu} CPU with --jobs 1; ${at.defaultJobsOverPeer} wall, ${at.defaultJobsOverPeerCpu} CPU with default jobs`;
  const json = (at) =>
    `${at.json.bytes.toLocaleString('en-US')} bytes, ${at.json.figures.toLocaleString('en-US')} figures in ${at.json.groups} groups, ${at.json.figures ? Math.round(at.json.bytes / at.json.figures) : '-'} bytes per figure` +
    ` (compact: groups ${at.json.parts.groups?.toLocaleString('en-US') ?? '-'}, coverage ${at.json.parts.coverage?.toLocaleString('en-US') ?? '-'}, timeline ${at.json.parts.timeline?.toLocaleString('en-US') ?? '-'} bytes)`;
  const repeats = (x) => `${x.repeated.toLocaleString('en-US')} of ${x.sentences.toLocaleString('en-US')} sentences repeat one before them (${x.repeatedAcrossReports} across reports; ${x.repeatedChars.toLocaleString('en-US')} of ${x.chars.toLocaleString('en-US')} characters)`;
  out.push(
    '',
    `corpus:                 ${describe(r.small.corpus)}`,
    `  memoisation check:    ${repeats(r.small.repeats)}`,
    ...(r.large ? [`corpus at 1,000:        ${describe(r.large.corpus)}`, `  memoisation check:    ${repeats(r.large.repeats)}`] : []),
    `ours / peer, ${r.small.corpus.count}:        ${ratios(r.small)}`,
    `  target <= 0.35 with --jobs 1: wall ${mark(t.extraction100)}, CPU ${mark(t.extraction100Cpu)}; aim 0.25 (wall): ${mark(t.extraction100Aim)}`,
    ...(r.large ? [`ours / peer, 1,000:     ${ratios(r.large)}`] : []),
    `  target at 1,000 <= 0.25 with --jobs 1: wall ${mark(t.extraction1000)}, CPU ${mark(t.extraction1000Cpu)}`,
    `stats --no-cache:       ${r.fixed.statsNoCache.cpuSeconds} s CPU  (target <= 0.8 s: ${mark(t.statsNoCache)})`,
    `extract, 1 report:      ${r.fixed.extractOne.cpuSeconds} s CPU  (target <= 0.8 s: ${mark(t.extractOne)}); ${r.fixed.extractReports.many} reports: ${r.fixed.extractMany.cpuSeconds} s CPU`,
    `warm stats / bare node: ${r.warm.statsOverBare} wall, ${r.warm.statsOverBareCpu} CPU  (target <= 2: wall ${mark(t.warmStats)}, CPU ${mark(t.warmStatsCpu)})`,
    `compare JSON, ${r.small.corpus.count}:      ${json(r.small)}; --jobs 1 and default jobs byte-equal: ${r.small.sameOutputBothJobs ? 'yes' : 'NO'}`,
    ...(r.large ? [`compare JSON, 1,000:    ${json(r.large)}; byte-equal: ${r.large.sameOutputBothJobs ? 'yes' : 'NO'}`] : []),
    ...(r.reduce?.failed ? [`compare --from failed:  ${r.reduce.failed}`] : []),
    `  peak RSS at 1,000:    ${t.memory1000.value ?? '-'} MB  (target < 300 MB: ${mark(t.memory1000)}); bytes per figure at 1,000 / at 100: ${t.jsonGrowth.value ?? '-'}  (within 1.5: ${mark(t.jsonGrowth)})`,
    `${r.machine.cpus} cores, ${r.machine.node}, load at the end ${r.machine.loadAtEnd.join(' ')}; ours with --no-cache; medians of ${r.reps} runs (warm start: ${r.reps * 2}, each the mean of ${WARM_BATCH} in a row); CPU = user + sys of the child; ${r.elapsedSeconds} s in all`,
  );
  return out.join('\n') + '\n';
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
} finally {
  sampler?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
