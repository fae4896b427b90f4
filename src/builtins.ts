// Node's own modules that only some runs use, loaded through require the first time one is asked for. A static ES
// import of one is loaded at every start, whether the run needs it or not, and builds an ES facade from all its
// exports (node:crypto's reaches for webcrypto and loads it).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** node:crypto (hashes, random names). */
export function crypto(): typeof import('node:crypto') {
  return require('node:crypto') as typeof import('node:crypto');
}

/** node:child_process, loaded when the first image process starts. */
export function childProcess(): typeof import('node:child_process') {
  return require('node:child_process') as typeof import('node:child_process');
}

/** node:worker_threads, loaded when the first worker starts: a run that starts none does not load it. */
export function workerThreads(): typeof import('node:worker_threads') {
  return require('node:worker_threads') as typeof import('node:worker_threads');
}

/** node:readline, for the lines the image's process answers with. */
export function readline(): typeof import('node:readline') {
  return require('node:readline') as typeof import('node:readline');
}
