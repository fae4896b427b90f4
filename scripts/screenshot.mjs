#!/usr/bin/env node
// docs/compare-brief.png: the top of `compare --format html` on the bundled corpus, as headless Chromium draws it
// (Debian's chromium through puppeteer-core, as the browser test uses it). `npm run screenshot`, after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, launchOptions } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'docs', 'compare-brief.png');
/** CSS pixels of the shot: a laptop's width, and enough height for the header and the first groups. */
const WIDTH = 1100;
const HEIGHT = 1500;

const { path: chromium, why } = findChromium();
if (chromium === null) {
  process.stderr.write(`screenshot: ${why}\n`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bin.js'), 'compare', '--format', 'html'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
if (run.status !== 0) {
  process.stderr.write(`screenshot: compare --format html failed (exit ${run.status}; run npm run build first?)\n${run.stderr}`);
  process.exit(2);
}
const page = join(mkdtempSync(join(tmpdir(), 'aleppo-corpus-shot-')), 'compare.html');
writeFileSync(page, run.stdout);

const browser = await puppeteer.launch(launchOptions(chromium));
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 });
  await tab.goto(`file://${page}`, { waitUntil: 'load' });
  await tab.screenshot({ path: OUT, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
} finally {
  await browser.close();
}
process.stdout.write(`${OUT}\n`);
