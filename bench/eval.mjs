// `npm run eval`: accuracy of the built tool on labelled real corpora (by default ../shared/realworld/*), per source.
// Each folder holds `corpus/` (the reports) and `labels.json` (FA-KES) or `meta.json` (publication dates).
// Prints one block per source to stdout; nothing of the reports' text is printed or kept.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REALWORLD, realworldSources } from './corpora.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const MONTHS = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };

const pad = (n) => String(n).padStart(2, '0');
const pct = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);
const dayNumber = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The folders to evaluate: the arguments, else every folder of ../shared/realworld with a corpus/ inside. */
function folders(argv) {
  if (argv.length > 0) return argv.map((a) => resolve(a));
  if (!existsSync(REALWORLD)) {
    process.stderr.write(`eval: ${REALWORLD} is absent and no folder was given: nothing to evaluate\n`);
    process.exit(0);
  }
  return realworldSources(REALWORLD);
}

function runTool(corpus, args) {
  const result = spawnSync(process.execPath, [BIN, '--corpus', corpus, ...args, '--json', '--no-cache'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0 && !result.stdout) throw new Error(`aleppo-corpus ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The labelled publication (or event) date of each file as ISO, and how to judge a date against it. */
function labelsOf(folder) {
  const labelsPath = join(folder, 'labels.json');
  const metaPath = join(folder, 'meta.json');
  if (existsSync(labelsPath)) {
    const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
    const byFile = new Map();
    for (const [file, label] of Object.entries(labels)) {
      const [m, d, y] = String(label.date).split('/').map(Number);
      byFile.set(file, { ...label, iso: m && d && y ? `${2000 + y}-${pad(m)}-${pad(d)}` : null, kind: 'event' });
    }
    return byFile;
  }
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    const byFile = new Map();
    for (const [file, entry] of Object.entries(meta)) {
      const text = String(entry.date);
      let iso = /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
      const dmy = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(text);
      if (dmy) iso = `${dmy[3]}-${pad(MONTHS[dmy[2]])}-${pad(dmy[1])}`;
      byFile.set(file, { iso, kind: 'published' });
    }
    return byFile;
  }
  return new Map();
}

/** Share of words read: words of every read part against the words of the file. */
function readShare(record, corpus) {
  const fileWords = record.fileWords ?? readFileSync(join(corpus, record.file), 'latin1').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return fileWords > 0 ? record.words / fileWords : 0;
}

/** Whether the report states its own date in its first lines (`This story is from March 3, 2002`). */
function statesDate(corpus, file) {
  const top = readFileSync(join(corpus, file), 'latin1').split('\n').slice(0, 5).join('\n');
  return /this story is from|published:?|updated:?/i.test(top);
}

function evaluate(folder) {
  const corpus = join(folder, 'corpus');
  const name = folder.split('/').pop();
  const labels = labelsOf(folder);
  const stats = runTool(corpus, ['stats']);
  const figures = runTool(corpus, ['figures']).figures;
  const reports = stats.reports;
  const lines = [`## ${name}: ${reports.length} reports (${stats.totals.skipped} skipped)`];

  const halfRead = reports.filter((r) => readShare(r, corpus) >= 0.5).length;
  lines.push(`  at least half the words read:     ${pct(halfRead, reports.length)}`);
  lines.push(`  an outlet inferred:                ${pct(reports.filter((r) => r.outlet !== null).length, reports.length)}`);

  const labelled = reports.filter((r) => labels.get(r.file)?.iso);
  const dated = labelled.filter((r) => r.published !== null);
  const kind = labelled.length > 0 ? labels.get(labelled[0].file).kind : null;
  if (kind === 'event') {
    // FA-KES labels the event's date; a report is published that day or a few days later.
    const near = dated.filter((r) => Math.abs(dayNumber(r.published) - dayNumber(labels.get(r.file).iso)) <= 31).length;
    lines.push(`  a published date:                  ${pct(dated.length, labelled.length)}`);
    lines.push(`  within 31 days of the event date:  ${pct(near, labelled.length)}`);
  } else if (kind === 'published') {
    const right = dated.filter((r) => r.published === labels.get(r.file).iso).length;
    const wrong = dated.length - right;
    lines.push(`  published date right:              ${pct(right, labelled.length)}`);
    lines.push(`  published date wrong:              ${pct(wrong, labelled.length)}`);
    lines.push(`  published date missing:            ${pct(labelled.length - dated.length, labelled.length)}`);
    const stating = labelled.filter((r) => statesDate(corpus, r.file));
    if (stating.length > 0) {
      const rightStated = stating.filter((r) => r.published === labels.get(r.file).iso).length;
      lines.push(`  right, of reports stating a date:  ${pct(rightStated, stating.length)}`);
    }
  }

  const words = stats.totals.words;
  const claimed = figures.filter((f) => f.attribution !== null).length;
  lines.push(`  figures per 1,000 words read:      ${words ? ((1000 * figures.length) / words).toFixed(2) : 'n/a'}`);
  lines.push(`  with a claimant, per 1,000 words:  ${words ? ((1000 * claimed) / words).toFixed(2) : 'n/a'}`);

  if (kind === 'event') {
    const idOf = new Map(reports.map((r) => [r.file, r.id]));
    const deathsOf = new Map();
    for (const f of figures) if (f.measure === 'deaths') deathsOf.set(f.report, [...(deathsOf.get(f.report) ?? []), f.value]);
    const withDeaths = reports.filter((r) => {
      const l = labels.get(r.file);
      return l && l.nb_civilians + l.nb_noncivilians > 0;
    });
    const hit = (test) => withDeaths.filter((r) => test(labels.get(r.file), deathsOf.get(idOf.get(r.file)) ?? [])).length;
    const total = hit((l, values) => values.includes(l.nb_civilians + l.nb_noncivilians));
    const any = hit((l, values) =>
      [l.nb_civilians + l.nb_noncivilians, l.nb_civilians, l.nb_noncivilians, l.nb_children].some((n) => n > 0 && values.includes(n)),
    );
    lines.push(`  labelled deaths (total) found:     ${pct(total, withDeaths.length)}`);
    lines.push(`  any labelled death count found:    ${pct(any, withDeaths.length)}`);
    lines.push(...storyLines(corpus, labels, reports));
  }
  if (name.startsWith('reuters')) {
    const amount = /\b(?:dlrs?|dollars?|stg|yen|marks?|francs?|pct|percent|bushels?|tonnes?|tons?|barrels?|ounces?|lbs|pounds)\b|[$£¥%]/i;
    const people = new Set(['deaths', 'wounded', 'missing', 'displaced', 'evacuees', 'refugees', 'arrested', 'rescued', 'affected', 'remaining']);
    const misread = figures.filter((f) => people.has(f.measure) && amount.test(f.text)).length;
    const scaled = figures.filter((f) => /\b(?:mln|million)\b/i.test(f.text) || /\b(?:bln|billion)\b/i.test(f.text));
    const unscaled = scaled.filter((f) => {
      const n = Number((/[\d.]+/.exec(f.text.replace(/,/g, '')) ?? ['0'])[0]);
      const scale = /\b(?:bln|billion)\b/i.test(f.text) ? 1e9 : 1e6;
      return f.value !== null && f.value < n * scale * (1 - 1e-9); // 130.8 × 10⁶ is 130800000.00000001 in floating point
    }).length;
    lines.push(`  money/percent/unit as people:      ${misread}`);
    lines.push(`  mln/billion not scaled:            ${unscaled} of ${scaled.length}`);
  }
  return lines.join('\n');
}

/**
 * Stories against the labels: of the pairs of reports put in one story, the share whose labelled location is the same
 * and whose labelled event dates are at most 3 days apart (precision of pairs); and how many reports share a story.
 */
function storyLines(corpus, labels, reports) {
  const stories = runTool(corpus, ['stories']).stories;
  const fileOf = new Map(reports.map((r) => [r.id, r.file]));
  let pairs = 0;
  let good = 0;
  for (const story of stories) {
    const members = story.reports.map((id) => labels.get(fileOf.get(id))).filter(Boolean);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        pairs++;
        if (a.location === b.location && a.iso && b.iso && Math.abs(dayNumber(a.iso) - dayNumber(b.iso)) <= 3) good++;
      }
    }
  }
  const grouped = stories.filter((s) => s.reports.length > 1).reduce((n, s) => n + s.reports.length, 0);
  return [
    `  stories:                           ${stories.length} (${grouped} reports in stories of two or more)`,
    `  story pairs, same place and days:  ${pct(good, pairs)}`,
  ];
}

if (!existsSync(BIN)) {
  process.stderr.write('eval: dist/bin.js is missing: run `npm run build` first\n');
  process.exit(2);
}
/** The bundled corpus, for reference beside the real ones: figures and claimed figures per 1,000 words read. */
function reference() {
  const corpus = join(ROOT, 'corpus');
  const stats = runTool(corpus, ['stats']);
  const figures = runTool(corpus, ['figures']).figures;
  const words = stats.totals.words;
  return [
    `## bundled corpus (reference): ${stats.reports.length} reports`,
    `  figures per 1,000 words read:      ${((1000 * figures.length) / words).toFixed(2)}`,
    `  with a claimant, per 1,000 words:  ${((1000 * figures.filter((f) => f.attribution !== null).length) / words).toFixed(2)}`,
  ].join('\n');
}

for (const folder of folders(process.argv.slice(2))) {
  process.stderr.write(`eval: ${folder}\n`);
  process.stdout.write(evaluate(folder) + '\n\n');
}
process.stdout.write(reference() + '\n');
