// Writes a scaled benchmark corpus: N unique variants of the bundled reports (paragraphs shuffled, numbers perturbed).
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export const BUNDLED = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

/** A small seeded PRNG (mulberry32), so a run's corpus can be generated again from its seed. */
function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Perturbs every number written with digits by up to ±20%, keeping its grouping; years (1900-2099) are kept. */
function perturbNumbers(text, random) {
  return text.replace(/\d{1,3}(?:,\d{3})+|\d+/g, (written) => {
    const value = Number(written.replace(/,/g, ''));
    if (/^(19|20)\d\d$/.test(written) || value === 0) return written;
    const changed = Math.max(1, Math.round(value * (0.8 + 0.4 * random())));
    return written.includes(',') ? changed.toLocaleString('en-US') : String(changed);
  });
}

/** One variant: the title block stays first; the other blank-line-separated paragraphs are shuffled. */
function makeVariant(text, random) {
  const blocks = text.split(/\n\s*\n/);
  const [title, ...rest] = blocks;
  return perturbNumbers([title, ...shuffle(rest, random)].join('\n\n'), random);
}

/**
 * Generates `count` reports into a new temporary directory, with manifest.json and the bundled gazetteer and labels.
 * Returns {dir, bytes, files}. No two generated files have the same bytes.
 */
export function generateCorpus(count, { seed = 1, source = BUNDLED } = {}) {
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
  const bases = manifest.reports.map((entry) => ({ entry, text: readFileSync(join(source, entry.file), 'utf8') }));
  const dir = mkdtempSync(join(tmpdir(), `aleppo-bench-${count}-`));
  const random = randomFrom(seed);
  const seen = new Set();
  const reports = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    let text;
    let hash;
    do {
      text = makeVariant(base.text, random);
      hash = createHash('sha256').update(text).digest('hex');
    } while (seen.has(hash));
    seen.add(hash);
    const file = `${String(i).padStart(5, '0')}_${hash.slice(0, 12)}.txt`;
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    reports.push({ ...base.entry, id: `${base.entry.id}-v${i}`, file });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ reports }, null, 2) + '\n');
  for (const name of ['gazetteer.json', 'labels.json']) {
    if (existsSync(join(source, name))) copyFileSync(join(source, name), join(dir, name));
  }
  return { dir, bytes, files: reports.map((r) => r.file) };
}

// `node bench/generate.mjs N [SEED]` prints the directory it wrote.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100);
  const { dir, bytes } = generateCorpus(count, { seed: Number(process.argv[3] ?? 1) });
  process.stderr.write(`${count} reports, ${bytes} bytes\n`);
  process.stdout.write(dir + '\n');
}
