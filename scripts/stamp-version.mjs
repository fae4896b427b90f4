// After `tsc`: writes dist/version.json, the hash of the built modules and of compromise's bundle, so that a run
// reads its extractor version from one small file instead of hashing dist/ every time it starts.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { codeHash } from '../dist/analysis/version.js';

const dist = new URL('../dist/', import.meta.url);
const version = codeHash(dist.pathname, [createRequire(import.meta.url).resolve('compromise')]);
writeFileSync(new URL('version.json', dist), JSON.stringify({ extractorVersion: version }) + '\n');
