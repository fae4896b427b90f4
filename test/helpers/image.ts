// The extractor's image `npm run build` made (dist/image), for the tests of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentStamp, IMAGE_FILE, STAMP_FILE } from '../../src/analysis/image.js';
import { ROOT } from './cli.js';

/**
 * The built image's path when it was made for the Node and V8 flags running the tests; else null, and the tests of
 * it skip. Its program is the build's, whose version the sources (run here) do not share: the stamp is checked but that.
 */
export function builtImage(): string | null {
  const dir = join(ROOT, 'dist', 'image');
  try {
    const stamp = JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8')) as object;
    const sameRun = JSON.stringify({ ...stamp, extractorVersion: '' }) === JSON.stringify({ ...currentStamp(), extractorVersion: '' });
    return sameRun ? join(dir, IMAGE_FILE) : null;
  } catch {
    return null;
  }
}

export const NO_IMAGE = 'no extractor image in dist/image for this Node and its flags (the build said why on stderr)';
