// Makes the program's images from their bundles (scripts/build-image.mjs): node runs each bundle once under
// --build-snapshot and saves its heap. dist/image/extractor.cjs loads compromise and warms up on the bundled reports:
// dist/image/extractor.blob. dist/image/cli.cjs loads the CLI: dist/image/cli.blob. Then dist/image/extractor.json
// records what the images hold for (src/analysis/image.ts), and dist/image/launch says the same to the executable,
// bin/aleppo-corpus, a shell script, in lines it reads without starting node. The build calls this after bundling.
// An image holds only for the node binary that made it, so a package installed from a registry tarball ships the
// bundles and no images, and makes them here as its postinstall: where there are no bundles (a clone before its
// first build) or the images are already made for this node, that does nothing, and where it fails it says why on
// stderr and the install goes on (without images the program runs from its modules, as before).
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = new URL('../dist/image/', import.meta.url);
export const BUNDLES = { extractor: fileURLToPath(new URL('extractor.cjs', DIR)), cli: fileURLToPath(new URL('cli.cjs', DIR)) };

/** Builds the images from the bundles for this node; throws, having removed any part made, when it cannot. */
export async function snapshotImage() {
  const { currentStamp, IMAGE_FILE, CLI_IMAGE_FILE, STAMP_FILE, LAUNCH_FILE } = await import('../dist/analysis/image.js');
  const made = { extractor: fileURLToPath(new URL(IMAGE_FILE, DIR)), cli: fileURLToPath(new URL(CLI_IMAGE_FILE, DIR)) };
  const stampFile = fileURLToPath(new URL(STAMP_FILE, DIR));
  const launchFile = fileURLToPath(new URL(LAUNCH_FILE, DIR));
  // the launch file first and last: the executable starts from the images only while it is there
  const clear = () => [launchFile, stampFile, ...Object.values(made)].forEach((file) => rmSync(file, { force: true }));
  clear();
  const stamp = currentStamp();
  for (const name of ['extractor', 'cli']) {
    // --no-warnings: the builder warns that node:module, which the bundles import, is not verified in snapshots.
    // written beside, then renamed into place: a run starting meanwhile never reads half an image
    const part = `${made[name]}.part`;
    const run = spawnSync(process.execPath, [...stamp.flags, '--no-warnings', '--snapshot-blob', part, '--build-snapshot', BUNDLES[name]], {
      cwd: fileURLToPath(DIR),
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      rmSync(part, { force: true });
      clear();
      throw new Error(run.stderr.trim().split('\n')[0] || `node exited ${run.status}`);
    }
    renameSync(part, made[name]);
  }
  writeFileSync(stampFile, JSON.stringify(stamp) + '\n');
  // The node the images are for (its version and path), the package they hold paths into, and the flags they run with.
  const root = realpathSync(fileURLToPath(new URL('..', import.meta.url)));
  writeFileSync(launchFile, [stamp.node, stamp.execPath, root, stamp.flags.join(' ')].join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (Object.values(BUNDLES).every((bundle) => existsSync(bundle))) {
      const { extractorImage, LAUNCH_FILE } = await import('../dist/analysis/image.js');
      if (extractorImage() === null || !existsSync(new URL(LAUNCH_FILE, DIR))) await snapshotImage();
    }
  } catch (error) {
    process.stderr.write(`aleppo-corpus: no images (${error instanceof Error ? error.message : String(error)}); the program will run from its modules\n`);
  }
}
