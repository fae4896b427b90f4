// Writes a benchmark corpus of generated reports that share no sentence: each report is one of the bundled reports
// with its paragraphs shuffled, every number perturbed, every name outside the gazetteer replaced by a made-up one
// (the same within the report, new in each report), and any sentence that would still repeat one already written
// given a made-up quarter in lower case ("... in the tobeka quarter.", no name added: as many sentences name someone
// as in the bundled reports). A check after writing splits every report again and throws when a sentence repeats.
// Used when ../shared/realworld is absent (and to top the real reports up to 1,000).
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { sentenceKey, sentenceRepeats, sentenceSpans } from './sentences.mjs';

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

const CONSONANTS = 'bdfghklmnprstvz';
const VOWELS = 'aeiou';
/** The n-th made-up word: consonant-vowel syllables (at least three), so that different n give different words. */
function madeUpWord(n) {
  let syllables = '';
  let rest = n;
  do {
    const s = rest % (CONSONANTS.length * VOWELS.length);
    syllables += CONSONANTS[Math.floor(s / VOWELS.length)] + VOWELS[s % VOWELS.length];
    rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
  } while (rest > 0 || syllables.length < 6);
  return syllables[0].toUpperCase() + syllables.slice(1);
}

const CALENDAR = 'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday';

/**
 * The capitalised words a generated report keeps: every word of the corpus's gazetteer and agency list (so the names
 * the tool knows stay known), month and day names, and words the bundled reports also write in lower case (ordinary
 * words capitalised at the head of a heading).
 */
function keptWords(source, texts) {
  const kept = new Set(CALENDAR.split(' '));
  for (const name of ['gazetteer.json', 'agencies.json']) {
    if (!existsSync(join(source, name))) continue;
    for (const word of readFileSync(join(source, name), 'utf8').match(/\p{L}+/gu) ?? []) kept.add(word);
  }
  const lower = new Set(texts.join('\n').match(/\b[a-z]+\b/g) ?? []);
  for (const text of texts) {
    for (const word of text.match(/\b[A-Z][a-z]+\b/g) ?? []) if (lower.has(word.toLowerCase())) kept.add(word);
  }
  return kept;
}

/** Replaces the spans of `text` by `rewrite(span)`, keeping what lies between them. */
function rewriteSpans(text, spans, rewrite) {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + rewrite(span);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * A sentence's names outside `kept` replaced through `names` (a word to its made-up stand-in, filled as needed), but
 * for its first word and short words that may be abbreviations; its numbers perturbed.
 */
function varySentence(sentence, { kept, names, nextWord, random }) {
  const firstWord = /\p{L}+/u.exec(sentence)?.index ?? -1;
  const renamed = sentence.replace(/\b[A-Z][a-z]{3,}\b/g, (word, index) => {
    if (index === firstWord || kept.has(word) || sentence[index + word.length] === '.' && word.length <= 4) return word;
    if (!names.has(word)) names.set(word, nextWord());
    return names.get(word);
  });
  return perturbNumbers(renamed, random);
}

/**
 * The sentence with a made-up quarter added before its closing punctuation, in lower case so that it adds no name to
 * find: "... in the tobeka quarter."
 */
function withQuarter(sentence, word) {
  const tail = /[.!?]*["”’)\]]*[.!?]*$/.exec(sentence);
  return `${sentence.slice(0, tail.index)} in the ${word.toLowerCase()} quarter${sentence.slice(tail.index)}`;
}

/**
 * Generates `count` reports into a new temporary directory, with manifest.json and the corpus's gazetteer, agencies,
 * measures and labels. Returns {dir, bytes, files, repeats}. No sentence of one report repeats in it or in another
 * (checked after writing: throws otherwise).
 */
export function generateCorpus(count, { seed = 1, source = BUNDLED } = {}) {
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
  const bases = manifest.reports.map((entry) => ({ entry, text: readFileSync(join(source, entry.file), 'utf8') }));
  const kept = keptWords(source, bases.map((b) => b.text));
  const dir = mkdtempSync(join(tmpdir(), `aleppo-bench-${count}-`));
  const random = randomFrom(seed);
  let madeUp = 0;
  const nextWord = () => madeUpWord(madeUp++);
  const seen = new Set();
  const reports = [];
  const texts = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const [title, ...rest] = base.text.split(/\n\s*\n/);
    const shuffled = [title, ...shuffle(rest, random)].join('\n\n');
    const names = new Map();
    let text = rewriteSpans(shuffled, sentenceSpans(shuffled), (span) => varySentence(span.text, { kept, names, nextWord, random }));
    // Whatever still repeats a sentence written before (here or in an earlier report) is given a made-up quarter;
    // split again until nothing repeats, since a change can move a boundary.
    for (let pass = 0; pass < 5; pass++) {
      const mine = new Set();
      let changed = false;
      text = rewriteSpans(text, sentenceSpans(text), (span) => {
        const key = sentenceKey(span.text);
        if (!seen.has(key) && !mine.has(key)) {
          mine.add(key);
          return span.text;
        }
        changed = true;
        const varied = withQuarter(span.text, nextWord());
        mine.add(sentenceKey(varied));
        return varied;
      });
      if (!changed) {
        for (const key of mine) seen.add(key);
        break;
      }
    }
    const hash = createHash('sha256').update(text).digest('hex');
    const file = `${String(i).padStart(5, '0')}_${hash.slice(0, 12)}.txt`;
    writeFileSync(join(dir, file), text);
    texts.push(text);
    bytes += Buffer.byteLength(text);
    reports.push({ ...base.entry, id: `${base.entry.id}-g${i}`, file });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ reports }, null, 2) + '\n');
  for (const name of ['gazetteer.json', 'agencies.json', 'measures.json', 'labels.json']) {
    if (existsSync(join(source, name))) copyFileSync(join(source, name), join(dir, name));
  }
  // The check: split every report written, as the bench counts repeats, and find none.
  const repeats = sentenceRepeats(texts);
  if (repeats.repeated !== 0) {
    throw new Error(`generate: ${repeats.repeated} of ${repeats.sentences} generated sentences repeat (${dir})`);
  }
  return { dir, bytes, files: reports.map((r) => r.file), repeats };
}

// `node bench/generate.mjs N [SEED]` prints the directory it wrote.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100);
  const { dir, bytes, repeats } = generateCorpus(count, { seed: Number(process.argv[3] ?? 1) });
  process.stderr.write(`${count} reports, ${bytes} bytes, ${repeats.sentences} sentences, none repeated\n`);
  process.stdout.write(dir + '\n');
}
