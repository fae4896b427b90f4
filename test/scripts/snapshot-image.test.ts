// The images of an installed package: the package ships the images' bundles and the script that makes the images
// from them (its postinstall), not the images, which hold only for the node that made them. The script run in a copy
// of the package laid out as a registry tarball installs it: nothing without the bundles, images this node can use
// with them, and nothing again once those images are there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_IMAGE_FILE, currentStamp, extractorImage, IMAGE_FILE, LAUNCH_FILE, STAMP_FILE } from '../../src/analysis/image.js';
import { ROOT, spawnLauncher, spawnLogged } from '../helpers/cli.js';
import { builtImage, NO_IMAGE } from '../helpers/image.js';

const SCRIPT = 'scripts/snapshot-image.mjs';

/** What the postinstall makes, which the tarball does not hold. */
const MADE = [IMAGE_FILE, CLI_IMAGE_FILE, STAMP_FILE, LAUNCH_FILE].map((file) => `dist/image/${file}`);

/** A copy of the built package as its tarball holds it (no images, no stamp), its dependencies linked. */
function installedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-package-'));
  const packed = (path: string) => !MADE.some((file) => path.endsWith(file));
  for (const entry of ['package.json', 'bin', 'corpus', 'schemas', 'dist']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: packed });
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(ROOT, SCRIPT), join(dir, SCRIPT));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const postinstall = (dir: string) => spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });

const built = builtImage() !== null;

describe.skipIf(!built)(`the package (${built ? 'its build made an image' : NO_IMAGE})`, () => {
  it('ships the executable, the images’ bundles and the script that makes the images, and no image', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
    expect(files).toContain('dist/image/extractor.cjs');
    expect(files).toContain('dist/image/cli.cjs');
    expect(files).toContain(SCRIPT);
    expect(files).toContain('dist/bin.js');
    expect(files).toContain('bin/aleppo-corpus');
    expect(files.filter((file) => MADE.includes(file))).toEqual([]);
  });
});

describe.skipIf(!built)(`the postinstall script (${built ? 'from the built bundle' : NO_IMAGE})`, () => {
  it('makes no image without a bundle, says nothing and succeeds', () => {
    const dir = installedCopy();
    rmSync(join(dir, 'dist', 'image'), { recursive: true });
    const run = postinstall(dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(existsSync(join(dir, 'dist', 'image'))).toBe(false);
  });

  it('makes images this node can use from the bundles, then leaves them be', () => {
    const dir = installedCopy();
    const imageDir = pathToFileURL(join(dir, 'dist', 'image') + '/');
    // the stamp this node wants of the copy's build (the sources run here have a version of their own)
    const { extractorVersion } = JSON.parse(readFileSync(join(dir, 'dist', 'version.json'), 'utf8')) as { extractorVersion: string };
    const wanted = { ...currentStamp(), extractorVersion };
    expect(extractorImage(imageDir, wanted)).toBeNull();
    const first = postinstall(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const image = extractorImage(imageDir, wanted);
    expect(image).toBe(join(dir, 'dist', 'image', IMAGE_FILE));
    const made = statSync(image!).mtimeMs;
    expect(postinstall(dir).status).toBe(0);
    expect(statSync(image!).mtimeMs).toBe(made);
    // the installed command analyses in it: its own process loads the image's engine, never compromise
    const stats = spawnLogged(['stats', '--no-cache', '--json'], { bin: join(dir, 'dist', 'bin.js') });
    expect(stats.code, stats.stderr).toBe(0);
    expect(stats.stderr).toBe('');
    expect((JSON.parse(stats.stdout) as { reports: unknown[] }).reports).toHaveLength(5);
    expect(stats.modules).toContain('analysis/image.js');
    expect(stats.modules).not.toContain('compromise');
    // and the installed executable starts from the copy's images, with the same output
    const launched = spawnLauncher(['stats', '--no-cache', '--json'], { bin: join(dir, 'bin', 'aleppo-corpus'), env: { ALEPPO_CORPUS_TRACE_START: '1' } });
    expect(launched.stderr).toBe("aleppo-corpus: starting from the extractor's image\n");
    expect(launched.stdout).toBe(stats.stdout);
  }, 60_000);
});
