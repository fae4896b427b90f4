// The extractor version: the build stamps the hash of the built modules into dist/version.json, which runs read.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codeHash } from '../../src/analysis/version.js';

const dist = new URL('../../dist/', import.meta.url);

describe('dist/version.json', () => {
  it.skipIf(!existsSync(new URL('version.json', dist)))('holds the hash of the built modules and compromise, as a run from the sources would compute it', () => {
    const stamp = JSON.parse(readFileSync(new URL('version.json', dist), 'utf8')) as { extractorVersion: string };
    expect(stamp.extractorVersion).toBe(codeHash(dist.pathname, [createRequire(import.meta.url).resolve('compromise')]));
  });
});
