// The extractor's image `npm run build` made (dist/image), for the tests of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { currentStamp, extractorImage } from '../../src/analysis/image.js';
import { ROOT } from './cli.js';

/**
 * The built image's path when it was made by the build in dist/ for the Node and V8 flags running the tests; else
 * null, and the tests of it skip. The program it holds is the build's, whose version (dist/version.json) the
 * sources run here do not share.
 */
export function builtImage(): string | null {
  const dist = join(ROOT, 'dist');
  try {
    const { extractorVersion } = JSON.parse(readFileSync(join(dist, 'version.json'), 'utf8')) as { extractorVersion: string };
    return extractorImage(pathToFileURL(join(dist, 'image') + '/'), { ...currentStamp(), extractorVersion });
  } catch {
    return null;
  }
}

export const NO_IMAGE = 'no extractor image in dist/image for this Node, its flags and this build (the build said why on stderr)';
