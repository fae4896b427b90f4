// The extractor's version as the cache sees it: a hash of the code that computes an analysis. Any change to the
// program or to compromise (the one dependency whose output the findings rest on) gives a new version, so a cached
// analysis never outlives the code that made it, and nobody has to remember to bump a number.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let computed: string | undefined;

/** The version of this program: its modules and compromise's bundle, hashed. Computed once per process. */
export function extractorVersion(): string {
  computed ??= codeHash(fileURLToPath(new URL('..', import.meta.url)), [createRequire(import.meta.url).resolve('compromise')]);
  return computed;
}

/** sha256 over the modules under `root` (.js when built, .ts when the tests run the sources; by path) and `files`. */
export function codeHash(root: string, files: readonly string[] = []): string {
  const hash = createHash('sha256');
  const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[jt]s$/.test(file))
    .sort();
  for (const file of modules) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex');
}
