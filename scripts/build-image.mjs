// After `tsc` and the version stamp: makes the extractor's image (src/analysis/image.ts). rolldown bundles the
// extractor process (dist/analysis/extractor-process.js) with compromise's CommonJS build, the file the extractor's
// version hashes, into one script, dist/image/extractor.cjs, since a V8 startup snapshot is built from one script that
// loads nothing but Node's own modules; scripts/snapshot-image.mjs then makes the image from it. The bundle stays:
// the package ships it, for an install to make its own image. Without an image the program analyses in its own
// process, as before: where this step cannot be done, it says why on stderr and the build goes on.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLE, snapshotImage } from './snapshot-image.mjs';

const dir = fileURLToPath(new URL('../dist/image/', import.meta.url));

rmSync(dir, { recursive: true, force: true });
try {
  const { build } = await import('rolldown');
  await build({
    input: fileURLToPath(new URL('../dist/analysis/extractor-process.js', import.meta.url)),
    platform: 'node',
    resolve: { conditionNames: ['require', 'node', 'default'] },
    output: { file: BUNDLE, format: 'cjs', codeSplitting: false },
    logLevel: 'warn',
  });
  await snapshotImage();
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`build: no extractor image (${error instanceof Error ? error.message : String(error)}); analyses will run in the calling process\n`);
}
