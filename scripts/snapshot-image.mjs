// Makes the extractor's image from its bundle: node runs dist/image/extractor.cjs once under --build-snapshot (it
// loads compromise and warms up on the bundled reports) and saves its heap as dist/image/extractor.blob, then
// dist/image/extractor.json records what the image holds for (src/analysis/image.ts). The build calls it after
// bundling (scripts/build-image.mjs). An image holds only for the node binary that made it, so a package installed
// from a registry tarball ships the bundle and no image, and makes it here as its postinstall: where there is no
// bundle (a clone before its first build) or the image is already made for this node, that does nothing, and where it
// fails it says why on stderr and the install goes on (without an image the program analyses in its own process).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = new URL('../dist/image/', import.meta.url);
export const BUNDLE = fileURLToPath(new URL('extractor.cjs', DIR));

/** Builds the image from the bundle for this node; throws, having removed any part made, when it cannot. */
export async function snapshotImage() {
  const { currentStamp, IMAGE_FILE, STAMP_FILE } = await import('../dist/analysis/image.js');
  const image = fileURLToPath(new URL(IMAGE_FILE, DIR));
  const stampFile = fileURLToPath(new URL(STAMP_FILE, DIR));
  rmSync(image, { force: true });
  rmSync(stampFile, { force: true });
  const stamp = currentStamp();
  // --no-warnings: the builder warns that node:module, which the bundle imports but the image never calls, is not
  // verified in snapshots.
  const made = spawnSync(process.execPath, [...stamp.flags, '--no-warnings', '--snapshot-blob', image, '--build-snapshot', BUNDLE], {
    cwd: fileURLToPath(DIR),
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    rmSync(image, { force: true });
    throw new Error(made.stderr.trim().split('\n')[0] || `node exited ${made.status}`);
  }
  writeFileSync(stampFile, JSON.stringify(stamp) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (existsSync(BUNDLE)) {
      const { extractorImage } = await import('../dist/analysis/image.js');
      if (extractorImage() === null) await snapshotImage();
    }
  } catch (error) {
    process.stderr.write(
      `aleppo-corpus: no extractor image (${error instanceof Error ? error.message : String(error)}); analyses will run in the calling process\n`,
    );
  }
}
