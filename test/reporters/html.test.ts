// The html format: one self-contained page (no script, nothing fetched), every text from a report escaped, and a
// usage error for commands that have no page. The page in a real browser: test/cli/html-browser.test.ts.
import { describe, expect, it } from 'vitest';
import { buildCoverage } from '../../src/compare/coverage.js';
import { groupFigures } from '../../src/compare/groups.js';
import { buildCompareReport } from '../../src/report/compare.js';
import { buildShowReport } from '../../src/report/show.js';
import { escapeHtml, renderHtml } from '../../src/reporters/html.js';
import { makeArticle } from '../helpers/builders.js';
import { runCli } from '../helpers/cli.js';
import { makeFigure } from '../helpers/figures.js';

const HOSTILE = '<script>alert(1)</script> "quoted" & \'single\' \u001b[31m';

function hostileCompare(): string {
  const figures = [
    makeFigure({ report: 'a', outlet: '<b>Alpha</b>', measure: 'buses', subject: 'buses', value: 20, text: `20 buses ${HOSTILE}`, sentence: HOSTILE, attribution: '<i>TV</i>' }),
    makeFigure({ report: 'b', outlet: 'Beta', measure: 'buses', subject: 'buses', value: 30, text: '30 buses' }),
  ];
  const groups = groupFigures(figures).map((g) => ({ ...g, story: null }));
  const report = buildCompareReport({ groups, coverage: buildCoverage([], [], ['a', 'b']), quotations: [], timeline: [], pair: null }, new Map([['a', '<b>Alpha</b>']]), {
    stories: [],
    files: new Map([['a', 'x"><script>.txt']]),
    lines: new Map(),
  });
  return renderHtml(report);
}

describe('the html format', () => {
  it('escapes the five characters that matter and makes control characters visible', () => {
    expect(escapeHtml(HOSTILE)).toBe('&#60;script&#62;alert(1)&#60;/script&#62; &#34;quoted&#34; &#38; &#39;single&#39; \\x1b[31m');
  });

  it('writes text from reports escaped, in the compare brief', () => {
    const html = hostileCompare();
    expect(html).not.toMatch(/<script|<b>|<i>|\u001b/);
    expect(html).toContain('&#60;b&#62;Alpha&#60;/b&#62;');
    expect(html).toContain('x&#34;&#62;&#60;script&#62;.txt');
    expect(html).toContain('diverge, spread ×1.5');
  });

  it('writes text from reports escaped, in the show page, marks and all', () => {
    const article = makeArticle({ title: HOSTILE, paragraphs: [`Rebels said ${HOSTILE} about 20 buses.`] });
    const start = article.text.lastIndexOf('20 buses');
    const html = renderHtml(buildShowReport(article, [{ offset: [start, start + 8], kind: 'figure', label: '<u>buses</u>' }]));
    expect(html).not.toMatch(/<script|<u>|\u001b/);
    expect(html).toContain('<mark class="m m-figure" title="figure: &#60;u&#62;buses&#60;/u&#62;">20 buses</mark>');
  });

  it('is one self-contained page: inline style and SVG, no script, nothing fetched, for phones and for print', () => {
    const html = hostileCompare();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|https?:\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print');
    expect(html).toMatch(/<svg class="bar"[^>]* role="img" aria-label="&#60;b&#62;Alpha&#60;\/b&#62;, &#60;i&#62;TV&#60;\/i&#62;: 20"/);
  });

  it('is a usage error for a command without a page, naming the commands that have one', async () => {
    const result = await runCli(['stats', '--format', 'html']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("aleppo-corpus: error: --format html is a page for compare and show; 'stats' has none (use table, json, ndjson, csv or markdown)\n");
  });
});
