// The extractor's image: when a built image serves this process, and that a process started from it analyses as this
// thread does; a damaged image costs a warning, never a report.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentStamp, extractorImage, IMAGE_FILE, imageEngine, imageEnv, ImageFailure, STAMP_FILE } from '../../src/analysis/image.js';
import { analyseArticle, KINDS } from '../../src/analysis/kinds.js';
import { parallelEngine, serialEngine } from '../../src/analysis/pool.js';
import { lazySource, type Source } from '../../src/analysis/run.js';
import { buildArticle } from '../../src/corpus/article.js';
import { loadGazetteer } from '../../src/corpus/open.js';
import { v8Flags } from '../../src/v8-flags.js';
import { BUNDLED } from '../helpers/cli.js';
import { builtImage, NO_IMAGE } from '../helpers/image.js';

const gazetteer = loadGazetteer(BUNDLED);
const reports = readdirSync(BUNDLED).filter((file) => file.endsWith('.txt')).sort();
const source = (file: string): Source => {
  const text = readFileSync(join(BUNDLED, file), 'utf8');
  return lazySource(file, file, text, null, () => buildArticle(file, text, null, gazetteer.agencies));
};
/** Each report's analyses in this thread, as JSON carries them (made once for the tests that compare with them). */
const analysedHere = new Map<string, Promise<unknown>>();
const inThread = (file: string): Promise<unknown> => {
  if (!analysedHere.has(file)) analysedHere.set(file, source(file).article().then(async (article) => JSON.parse(JSON.stringify(await analyseArticle(article, gazetteer, KINDS))) as unknown));
  return analysedHere.get(file)!;
};

const built = builtImage();

/** A directory holding a copy of `image` (when given) and `stamp` as its stamp. */
function imageDir(stamp: object, image?: string): URL {
  const dir = mkdtempSync(join(tmpdir(), 'aleppo-image-'));
  writeFileSync(join(dir, STAMP_FILE), JSON.stringify(stamp));
  if (image) copyFileSync(image, join(dir, IMAGE_FILE));
  return pathToFileURL(dir + '/');
}

describe('extractorImage', () => {
  it('finds an image stamped for this Node, these V8 flags and this program', () => {
    const dir = imageDir(currentStamp());
    expect(extractorImage(dir)).toBe(join(dir.pathname, IMAGE_FILE));
  });

  it('finds none stamped for another Node, other flags or another program, nor where there is no stamp', () => {
    expect(extractorImage(imageDir({ ...currentStamp(), node: 'v18.0.0' }))).toBeNull();
    expect(extractorImage(imageDir({ ...currentStamp(), execPath: '/opt/other/bin/node' }))).toBeNull();
    expect(extractorImage(imageDir({ ...currentStamp(), flags: [] }))).toBeNull();
    expect(extractorImage(imageDir({ ...currentStamp(), extractorVersion: '0'.repeat(64) }))).toBeNull();
    expect(extractorImage(pathToFileURL(mkdtempSync(join(tmpdir(), 'aleppo-image-')) + '/'))).toBeNull();
  });

  it('is built and started with the interrupt budget on the V8 it was measured on, with no flag on another', () => {
    expect(v8Flags('11.3.244.8-node.33')).toEqual(['--interrupt-budget=540672']);
    expect(v8Flags('12.4.254.21-node.24')).toEqual([]);
  });
});

describe.skipIf(built === null)(`imageEngine (${built === null ? NO_IMAGE : 'the built image'})`, () => {
  it('analyses every bundled report as this thread does, several in flight at once', async () => {
    const engine = imageEngine(built!, gazetteer);
    const answers = await Promise.all(reports.map((file) => engine.run({ source: source(file), kinds: KINDS })));
    await engine.close();
    for (const [i, file] of reports.entries()) expect(answers[i], file).toEqual(await inThread(file));
  });

  it('analyses in two processes of the image with parallelEngine, as this thread does', async () => {
    const warnings: string[] = [];
    const engine = parallelEngine(2, gazetteer, (message) => warnings.push(message), async () => built);
    const answers = await Promise.all(reports.map((file) => engine.run({ source: source(file), kinds: KINDS })));
    await engine.close();
    for (const [i, file] of reports.entries()) expect(answers[i], file).toEqual(await inThread(file));
    expect(warnings).toEqual([]);
  });

  it('fails each report sent to a damaged image, saying why', async () => {
    const damaged = join(mkdtempSync(join(tmpdir(), 'aleppo-image-')), IMAGE_FILE);
    writeFileSync(damaged, readFileSync(built!).subarray(0, 1 << 16));
    const engine = imageEngine(damaged, gazetteer);
    const runs = reports.slice(0, 2).map((file) => engine.run({ source: source(file), kinds: ['findings'] }));
    for (const result of runs) await expect(result).rejects.toBeInstanceOf(ImageFailure);
    await expect(runs[0]).rejects.toThrow(/extractor's process ended with 2 reports unanswered/);
    await engine.close();
  });
});

describe('serialEngine', () => {
  it('analyses in this thread when there is no image, warning of nothing', async () => {
    const warnings: string[] = [];
    const engine = serialEngine(gazetteer, (message) => warnings.push(message), async () => null);
    const answer = await engine.run({ source: source(reports[0]!), kinds: KINDS });
    await engine.close();
    expect(answer).toEqual(await inThread(reports[0]!));
    expect(warnings).toEqual([]);
  });

  it('goes on in this thread when the image fails, with one warning for the run', async () => {
    const warnings: string[] = [];
    const engine = serialEngine(gazetteer, (message) => warnings.push(message), async () => '/nonexistent/extractor.blob');
    const answers = await Promise.all(reports.slice(0, 3).map((file) => engine.run({ source: source(file), kinds: KINDS })));
    await engine.close();
    for (const [i, file] of reports.slice(0, 3).entries()) expect(JSON.parse(JSON.stringify(answers[i])), file).toEqual(await inThread(file));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the extractor's process ended with \d reports? unanswered: Cannot open \/nonexistent\/extractor\.blob; analysing without the extractor's image instead$/);
  });
});

describe('imageEnv', () => {
  it("gives the image's process this process's environment but the extra CA certificates, which it has no use for", () => {
    expect(imageEnv({ PATH: '/bin', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', NO_COLOR: '1' })).toEqual({ PATH: '/bin', NO_COLOR: '1' });
    expect(imageEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });
});
