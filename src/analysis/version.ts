// The extractor's version as the cache sees it: a hash of the code that computes an analysis. Any change to the
// program or to compromise (the one dependency whose output the findings rest on) gives a new version, so a cached
// analysis never outlives the code that made it, and nobody has to remember to bump a number.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crypto } from '../builtins.js';

let computed: string | undefined;

/**
 * The version of this program: its modules and compromise's bundle, hashed. The build stamps it into
 * dist/version.json (scripts/stamp-version.mjs), read once per process; run from its sources (the tests), the
 * program hashes them.
 */
export function extractorVersion(): string {
  computed ??= stampedVersion() ?? codeHash(fileURLToPath(new URL('..', import.meta.url)), [createRequire(import.meta.url).resolve('compromise')]);
  return computed;
}

/** The version the build wrote beside the modules, if this is a build that has one. */
function stampedVersion(): string | null {
  try {
    const stamp = JSON.parse(readFileSync(new URL('../version.json', import.meta.url), 'utf8')) as { extractorVersion?: unknown };
    return typeof stamp.extractorVersion === 'string' ? stamp.extractorVersion : null;
  } catch {
    return null;
  }
}

/** sha256 over the modules under `root` (.js when built, .ts when the tests run the sources; by path) and `files`. */
export function codeHash(root: string, files: readonly string[] = []): string {
  const hash = crypto().createHash('sha256');
  const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[jt]s$/.test(file))
    .sort();
  for (const file of modules) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex');
}

let version: string | undefined;

/**
 * The package's version (package.json), read once per process: read as a file, not required, since the program's
 * images (analysis/image.ts) cannot hold a module loaded from disk, and by a path that holds from this module and
 * from the images' bundles (dist/image/), both two levels under the package.
 */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/** What made an `extract` output line: the program's version and code hash, the gazetteer's and the measures' hashes. */
export interface Provenance {
  /** `<package version>+<first 16 hex digits of extractorVersion()>`. */
  extractor: string;
  /** First 16 hex digits of the gazetteer's content hash (see gazetteerHash). */
  gazetteer: string;
  /** First 16 hex digits of the sha256 of the measures in effect (the corpus's measures.json, else the bundled set). */
  measures: string | null;
}

/** The provenance of lines made with this gazetteer hash and measures text (null: none) by this program. */
export function provenanceOf(gazetteerHash: string, measuresText: string | null): Provenance {
  return {
    extractor: `${packageVersion()}+${extractorVersion().slice(0, 16)}`,
    gazetteer: gazetteerHash.slice(0, 16),
    measures: measuresText === null ? null : crypto().createHash('sha256').update(measuresText).digest('hex').slice(0, 16),
  };
}

/** The provenance in one line of words: `extractor 0.1.0+ab12..., gazetteer cd34..., measures bundled`. */
export function provenanceText(p: Provenance): string {
  return `extractor ${p.extractor}, gazetteer ${p.gazetteer}, measures ${p.measures ?? 'bundled'}`;
}
