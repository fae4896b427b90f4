/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (the DOM's types: readPage runs in the browser)
// The HTML brief in a real browser: Debian's headless Chromium (driven by puppeteer-core, never a downloaded browser)
// opens the pages of the bundled corpus from files, at a phone's width and a desktop's, and for print. Checks what it
// renders (groups, bars and verdicts; the text as `compare --json` gives it; nothing overflowing its box) and keeps
// screenshots in test/artifacts/ (git-ignored). Skips, saying why, when no Chromium is installed.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchOptions } from '../../scripts/chromium.mjs';
import type { StoryGroup } from '../../src/compare/index.js';
import { ROOT, runCli } from '../helpers/cli.js';

const { path: chromium, why } = findChromium();
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const WIDTHS = [390, 1200] as const;

/** What the browser shows of the brief, read from the rendered page. */
interface Rendered {
  groups: Array<{ id: string; badge: string; verdict: string; words: string[]; tones: string[]; bars: number; barWidths: number[]; fills: string[] }>;
  /** Elements wider than their box, or reaching past the viewport: `tag.class (what)`. */
  overflowing: string[];
  scrollWidth: number;
}

/** Runs in the page: the groups as drawn, and every element that overflows its box or the viewport. */
function readPage(): Rendered {
  const viewport = document.documentElement.clientWidth;
  const name = (el: Element): string => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
  const overflowing: string[] = [];
  for (const el of document.querySelectorAll('main *')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < -0.5 || rect.right > viewport + 0.5) overflowing.push(`${name(el)} (reaches ${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewport})`);
    const html = el as HTMLElement;
    if (getComputedStyle(html).display !== 'inline' && html.clientWidth > 0 && html.scrollWidth > html.clientWidth + 1) {
      overflowing.push(`${name(el)} (content ${html.scrollWidth} in ${html.clientWidth})`);
    }
  }
  const groups = [...document.querySelectorAll('article.group')].map((g) => {
    const claims = [...g.querySelectorAll('li.claim')];
    const fills = claims.map((c) => c.querySelector('.bar-fill'));
    return {
      id: g.getAttribute('data-group') ?? '',
      badge: g.querySelector('.group-head .verdict')?.className ?? '',
      verdict: g.querySelector('.group-head .verdict-text')?.textContent ?? '',
      words: claims.map((c) => c.querySelector('.words q')?.textContent ?? ''),
      tones: claims.map((c) => [...c.classList].find((k) => k.startsWith('tone-')) ?? ''),
      bars: g.querySelectorAll('svg.bar').length,
      barWidths: fills.map((f) => (f ? f.getBoundingClientRect().width : 0)),
      fills: fills.map((f) => (f ? getComputedStyle(f).fill : '')),
    };
  });
  return { groups, overflowing, scrollWidth: document.documentElement.scrollWidth };
}

describe.skipIf(chromium === null)(chromium === null ? `the HTML brief in Chromium (skipped: ${why})` : 'the HTML brief in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let groups: StoryGroup[];
  const files: Record<'compare' | 'show', string> = { compare: '', show: '' };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-corpus-html-'));
    const [json, compare, show] = await Promise.all([
      runCli(['compare', '--json']),
      runCli(['compare', '--format', 'html']),
      runCli(['show', 'mee-2016-12-15', '--format', 'html']),
    ]);
    expect([json.code, compare.code, show.code]).toEqual([0, 0, 0]);
    groups = (JSON.parse(json.stdout) as { groups: StoryGroup[] }).groups;
    files.compare = join(dir, 'compare.html');
    files.show = join(dir, 'show.html');
    writeFileSync(files.compare, compare.stdout);
    writeFileSync(files.show, show.stdout);
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await puppeteer.launch(launchOptions(chromium!));
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string, width: number, height = 900): Promise<Rendered> {
    await page.setViewport({ width, height });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return page.evaluate(readPage);
  }

  async function keep(name: string): Promise<void> {
    const path = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(10_000);
  }

  for (const width of WIDTHS) {
    it(`at ${width} px draws every group of compare --json with its verdict, a bar per claim and the words as written, nothing overflowing`, async () => {
      const rendered = await open(files.compare, width);
      await keep(`compare-brief-${width}`);
      expect(rendered.overflowing).toEqual([]);
      expect(rendered.scrollWidth).toBeLessThanOrEqual(width);
      expect(rendered.groups.map((g) => g.id)).toEqual(groups.map((g) => g.id));
      rendered.groups.forEach((shown, i) => {
        const group = groups[i]!;
        expect(shown.badge, group.id).toContain(`badge-${group.verdict}`);
        expect(shown.verdict.split(/[ ,]/)[0], group.id).toBe(group.verdict);
        expect(shown.words, group.id).toEqual(group.members.map((m) => m.text));
        expect(shown.bars, group.id).toBe(group.members.length);
        for (const w of shown.barWidths) expect(w, `${group.id}: a bar too small to see`).toBeGreaterThanOrEqual(8);
      });
    });
  }

  it('draws only the outliers of a diverge group in the diverge colour', async () => {
    const rendered = await open(files.compare, 1200);
    const diverging = groups.filter((g) => g.verdict === 'diverge');
    expect(diverging.length).toBeGreaterThan(0);
    for (const group of diverging) {
      const shown = rendered.groups.find((g) => g.id === group.id)!;
      const red = shown.fills.map((fill) => fill === 'rgb(207, 34, 46)');
      expect(red, group.id).toEqual(group.members.map((_, i) => group.outliers.includes(i)));
      expect(shown.tones.filter((t) => t === 'tone-diverge')).toHaveLength(group.outliers.length);
    }
  });

  it('lays show out with every kind of mark, nothing overflowing at a phone width', async () => {
    const rendered = await open(files.show, 390);
    await keep('show-390');
    expect(rendered.overflowing).toEqual([]);
    const kinds = await page.evaluate(() => ['figure', 'date', 'actor', 'place', 'quote'].map((k) => document.querySelectorAll(`mark.m-${k}`).length));
    for (const count of kinds) expect(count).toBeGreaterThan(0);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe("Bashar al-Assad hails 'liberation' of Aleppo as rebel fighters driven out");
  });

  it('prints on an A4 page width without overflowing', async () => {
    await page.emulateMediaType('print');
    try {
      const rendered = await open(files.compare, 720);
      expect(rendered.overflowing).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    } finally {
      await page.emulateMediaType('screen');
    }
  });
});
