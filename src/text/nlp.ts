// compromise, loaded on first use: a command answered from the cache never pays the half second its loading costs.
// Its CommonJS build is one bundled file, which loads faster than the many modules of its ESM build; both are
// the same version of the same code.
import { createRequire } from 'node:module';
import type Compromise from 'compromise';

export type Nlp = typeof Compromise;
export type Doc = ReturnType<Nlp>;

let loaded: Nlp | undefined;

/** compromise itself, loading it the first time it is asked for. */
export function compromise(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

/** Whether this process has compromise already (loaded, or provided). */
export function hasCompromise(): boolean {
  return loaded !== undefined;
}

/**
 * Gives the program a compromise already in hand: the extractor's bundle (analysis/extractor-process.ts) brings its
 * own, since a bundle cannot load one at run time.
 */
export function provideCompromise(nlp: Nlp): void {
  loaded = nlp;
}
