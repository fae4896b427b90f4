// After `tsc` and the version stamp: makes the program's two images (src/analysis/image.ts). rolldown bundles each
// into one script, since a V8 startup snapshot is built from one script that loads nothing but Node's own modules:
// - the extractor process (dist/analysis/extractor-process.js) with compromise's CommonJS build, the file the
//   extractor's version hashes, and the CLI: dist/image/extractor.cjs;
// - the CLI alone (dist/cli-image.js), which loads compromise from disk should it need it: dist/image/cli.cjs.
// scripts/snapshot-image.mjs then makes the images from them. The bundles stay: the package ships them, for an install
// to make its own images. Without images the program runs from its modules and analyses in its own process, as
// before: where this step cannot be done, it says why on stderr and the build goes on.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLES, snapshotImage } from './snapshot-image.mjs';

const dir = fileURLToPath(new URL('../dist/image/', import.meta.url));

/**
 * A package the program loads through `createRequire(import.meta.url)('name')` (to skip an ESM wrapper, or to load
 * it only when needed) is bundled, as `require('name')`, when it is one of `names`: a snapshot cannot hold a module
 * loaded from disk. Any other is loaded from disk when a run first needs it.
 */
const bundledRequires = (names) => ({
  name: 'bundled-requires',
  transform(code) {
    const bundled = code.replace(/createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g, (call, quote, name) => (names.includes(name) ? `require(${quote}${name}${quote})` : call));
    return bundled === code ? null : { code: bundled };
  },
});

const ENTRIES = {
  extractor: { input: '../dist/analysis/extractor-process.js', bundled: ['compromise', 'commander', 'jsonc-parser'] },
  cli: { input: '../dist/cli-image.js', bundled: ['commander', 'jsonc-parser'] },
};

rmSync(dir, { recursive: true, force: true });
try {
  const { build } = await import('rolldown');
  for (const [name, { input, bundled }] of Object.entries(ENTRIES)) {
    await build({
      input: fileURLToPath(new URL(input, import.meta.url)),
      platform: 'node',
      // a package's CommonJS build where it has one by its exports; else its ES modules, which bundle whole (a UMD
      // build's own requires are left for run time, when an image has nothing to load them from)
      resolve: { conditionNames: ['require', 'node', 'default'], mainFields: ['module', 'main'] },
      // Without comments or indentation, and in ASCII: V8 keeps a script's source in the image, and holds a source
      // with any other character at two bytes a character. The names stay as written (no mangling, no rewriting).
      output: { file: BUNDLES[name], format: 'cjs', codeSplitting: false, charset: 'ascii', minify: { compress: false, mangle: false } },
      plugins: [bundledRequires(bundled)],
      logLevel: 'warn',
    });
  }
  await snapshotImage();
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`build: no images (${error instanceof Error ? error.message : String(error)}); the program will run from its modules\n`);
}
