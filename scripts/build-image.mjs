// After `tsc` and the version stamp: makes the extractor's image (src/analysis/image.ts). rolldown bundles the
// extractor process (dist/analysis/extractor-process.js) with compromise's CommonJS build, the file the extractor's
// version hashes, into one script, since a V8 startup snapshot is built from one script that loads nothing but Node's
// own modules; node then runs it once and saves its heap as dist/image/extractor.blob, under the V8 flags the program
// runs with, and dist/image/extractor.json records what the image holds for. Without an image the program analyses
// in its own process, as before: where this step cannot be done, it says why on stderr and the build goes on.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { currentStamp, IMAGE_DIR, IMAGE_FILE, STAMP_FILE } from '../dist/analysis/image.js';

const dir = fileURLToPath(IMAGE_DIR);
const script = fileURLToPath(new URL('extractor.cjs', IMAGE_DIR));
const image = fileURLToPath(new URL(IMAGE_FILE, IMAGE_DIR));

rmSync(dir, { recursive: true, force: true });
try {
  const { build } = await import('rolldown');
  await build({
    input: fileURLToPath(new URL('../dist/analysis/extractor-process.js', import.meta.url)),
    platform: 'node',
    resolve: { conditionNames: ['require', 'node', 'default'] },
    output: { file: script, format: 'cjs', codeSplitting: false },
    logLevel: 'warn',
  });
  const stamp = currentStamp();
  // --no-warnings: the builder warns that node:module, which the bundle imports but the image never calls, is not
  // verified in snapshots.
  const made = spawnSync(process.execPath, [...stamp.flags, '--no-warnings', '--snapshot-blob', image, '--build-snapshot', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(made.stderr.trim().split('\n')[0] || `node exited ${made.status}`);
  rmSync(script);
  writeFileSync(fileURLToPath(new URL(STAMP_FILE, IMAGE_DIR)), JSON.stringify(stamp) + '\n');
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`build: no extractor image (${error instanceof Error ? error.message : String(error)}); analyses will run in the calling process\n`);
}
