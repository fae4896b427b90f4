// The html format: one self-contained page (inline CSS and SVG; no script, no network) laying out a report's page:
// compare's brief (range bars per figure group, verdicts in colour and words) or show's marked report.
import { UsageError } from '../errors.js';
import type { ComparePage, PageBar, PageClaim, PageGroup, PagePart, PageSection, PageTick, Report, ShowPage } from '../report/view.js';
import { escapeControls } from '../text/sanitize.js';

/** The commands that have a page. */
export const HTML_COMMANDS = ['compare', 'show'] as const;

export function renderHtml(report: Report): string {
  if (!report.page) {
    throw new UsageError(`--format html is a page for ${HTML_COMMANDS.join(' and ')}; '${report.command}' has none (use table, json, ndjson, csv or markdown)`);
  }
  const page = report.page();
  return page.kind === 'compare' ? comparePage(page) : showPage(page);
}

/** Text for HTML: control characters made visible (`\x1b`), then `& < > " '` escaped; safe in text and in quoted attributes. */
export function escapeHtml(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const esc = escapeHtml;

/** The page around a command's content: head, style sheet, and a masthead with the command, the title and `masthead`. */
function document(title: string, kind: 'compare' | 'show', masthead: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="aleppo-corpus">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body class="page-${kind}">
<main>
<header class="masthead">
<p class="kicker">aleppo-corpus ${kind}</p>
<h1>${esc(title)}</h1>
${masthead}
</header>
${body}
</main>
</body>
</html>
`;
}

// ---- compare ---------------------------------------------------------------------------------------------

const VERDICT_ICONS: Record<PageGroup['verdict'], string> = { agree: '✓', diverge: '✗', changed: '↗', single: '•' };

function comparePage(page: ComparePage): string {
  const toc =
    page.sections.length > 1
      ? `<nav class="toc" aria-label="Sections"><ol>${page.sections.map((s, i) => `<li><a href="#${sectionAnchor(s, i)}">${esc(s.heading)}</a></li>`).join('')}</ol></nav>`
      : '';
  const sections = page.sections.length === 0 ? '<p class="empty">No figure group to show.</p>' : page.sections.map(sectionHtml).join('\n');
  return document(
    page.title,
    'compare',
    `<p class="summary">${esc(page.summary)}</p>
<aside class="legend" aria-label="How to read this page">
<div class="legend-verdicts">${(['agree', 'diverge', 'changed', 'single'] as const).map((v) => verdictBadge(v, v)).join(' ')}</div>
<ul>${page.legend.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>
</aside>`,
    `${toc}
${sections}`,
  );
}

function sectionAnchor(section: PageSection, index: number): string {
  return `sec-${index + 1}-${section.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60)}`;
}

function sectionHtml(section: PageSection, index: number): string {
  const reports = section.reports
    .map((r) => `<li><span class="outlet">${esc(r.outlet ?? r.id)}</span> <span class="id">${esc(r.id)}</span>${r.file === null ? '' : ` <span class="file">${esc(r.file)}</span>`}</li>`)
    .join('');
  const groups = section.groups.length === 0 ? '<p class="empty">No figure group.</p>' : section.groups.map(groupHtml).join('\n');
  return `<section class="story" id="${sectionAnchor(section, index)}">
<h2>${esc(section.heading)}</h2>
${section.notes.map((note) => `<p class="note">${esc(note)}</p>`).join('\n')}
<ul class="reports">${reports}</ul>
${groups}
</section>`;
}

function verdictBadge(verdict: PageGroup['verdict'], text: string): string {
  return `<span class="verdict badge-${verdict}"><span class="verdict-icon" aria-hidden="true">${VERDICT_ICONS[verdict]}</span> <span class="verdict-text">${esc(text)}</span></span>`;
}

function groupHtml(group: PageGroup): string {
  const kicker = [group.measure, group.day ?? 'undated'].map(esc).join(' · ');
  return `<article class="group group-${group.verdict}" data-group="${esc(group.id)}" data-verdict="${group.verdict}">
<header class="group-head">
<p class="group-kicker">${kicker}</p>
<h3>${esc(group.label)}</h3>
${verdictBadge(group.verdict, group.verdictText)}
</header>
<div class="axis-row"><span class="axis-label">${group.scale.isLog ? 'log scale' : 'scale'} ${esc(group.scale.text)}</span>${axisSvg(group.scale.ticks)}</div>
<ol class="claims">
${group.claims.map(claimHtml).join('\n')}
</ol>
</article>`;
}

/** Bars are drawn between these percentages of their width, leaving room for the open-end arrows. */
const LEFT = 1.5;
const RIGHT = 97;

/** The least width (percent of the svg) an interval is drawn with; one number is a dot. */
const MIN_BAR = 3;

function at(t: number): string {
  return `${Number((LEFT + t * (RIGHT - LEFT)).toFixed(2))}%`;
}

function axisSvg(ticks: readonly PageTick[]): string {
  const marks = ticks
    .map((tick) => {
      const anchor = tick.at < 0.08 ? 'start' : tick.at > 0.92 ? 'end' : 'middle';
      return `<line x1="${at(tick.at)}" x2="${at(tick.at)}" y1="15" y2="21"/><text x="${at(tick.at)}" y="11" text-anchor="${anchor}">${esc(tick.label)}</text>`;
    })
    .join('');
  return `<svg class="axis" width="100%" height="22" aria-hidden="true"><line class="axis-line" x1="${at(0)}" x2="${at(1)}" y1="21" y2="21"/>${marks}</svg>`;
}

function barSvg(bar: PageBar, label: string): string {
  const isOffHigh = bar.isOpenHigh || bar.isAboveScale;
  const isPoint = !isOffHigh && bar.to === bar.from;
  // x and width in percent of the svg; a short interval is widened about its middle so that it can be seen
  let x = LEFT + bar.from * (RIGHT - LEFT);
  let width = isOffHigh ? 100 - x : (bar.to - bar.from) * (RIGHT - LEFT);
  if (!isOffHigh && width < MIN_BAR) {
    x = Math.max(0, x + width / 2 - MIN_BAR / 2);
    width = MIN_BAR;
  }
  const parts = [
    `<line class="bar-axis" x1="${at(0)}" x2="${at(1)}" y1="12" y2="12"/>`,
    isPoint
      ? `<circle class="bar-fill" cx="${at(bar.from)}" cy="12" r="6"/>`
      : `<rect class="bar-fill" x="${Number(x.toFixed(2))}%" width="${Number(width.toFixed(2))}%" y="7" height="10" rx="2"/>`,
  ];
  if (bar.value !== null && !isPoint) parts.push(`<line class="bar-value" x1="${at(bar.value)}" x2="${at(bar.value)}" y1="3" y2="21"/>`);
  if (isOffHigh) parts.push('<svg x="100%" overflow="visible"><path class="bar-open" d="M-9 3 L0 12 L-9 21 Z"/></svg>');
  if (bar.isBelowScale) parts.push('<svg x="0" overflow="visible"><path class="bar-open" d="M9 3 L0 12 L9 21 Z"/></svg>');
  return `<svg class="bar" width="100%" height="24" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${parts.join('')}</svg>`;
}

function claimHtml(claim: PageClaim): string {
  const who = claim.claimant ?? 'unattributed';
  const label = `${claim.outlet ?? claim.report}, ${who}: ${claim.interval}${claim.role ? `, ${claim.role}` : ''}`;
  const source = claim.file === null ? esc(claim.report) : `${esc(claim.file)}${claim.line === null ? '' : `:${claim.line}`}`;
  return `<li class="claim tone-${claim.tone ?? 'plain'}"${claim.role ? ` data-role="${esc(claim.role)}"` : ''}>
<div class="claim-meta"><span class="outlet">${esc(claim.outlet ?? claim.report)}</span><span class="claimant">${esc(who)}</span>${claim.date === null ? '' : `<time datetime="${esc(claim.date)}">${esc(claim.date)}</time>`}${claim.role ? `<span class="role">${esc(claim.role)}</span>` : ''}</div>
<div class="claim-bar">${barSvg(claim.bar, label)}</div>
<p class="words"><q>${esc(claim.text)}</q> <span class="interval">${esc(claim.interval)}</span></p>
<p class="sentence">${esc(claim.sentence)}</p>
<p class="source"><span class="file">${source}</span> · ${esc(claim.part)}</p>
</li>`;
}

// ---- show ------------------------------------------------------------------------------------------------

function showPage(page: ShowPage): string {
  const meta = page.meta.map((m) => `<dt>${esc(m.label)}</dt><dd>${esc(m.value)}</dd>`).join('');
  const legend = page.markKinds.map((k) => `<mark class="m m-${k.kind}">${esc(k.label)}</mark>`).join(' ');
  const sections = page.sections
    .map(
      (s) => `<section class="${s.isSetAside ? 'aside' : 'cleaned'}">
<h2>${esc(s.heading)} <span class="count">(${s.parts.length})</span></h2>
${s.parts.map(partHtml).join('\n')}
</section>`,
    )
    .join('\n');
  return document(page.title, 'show', `<dl class="meta">${meta}</dl>\n<p class="legend">Marked: ${legend}. Hover a mark for what was found.</p>`, sections);
}

function partHtml(part: PagePart): string {
  const text = part.segments
    .map((segment) => segment.marks.reduceRight((inner, mark) => `<mark class="m m-${mark.kind}" title="${esc(`${mark.kind}: ${mark.label}`)}">${inner}</mark>`, esc(segment.text)))
    .join('');
  const rule = part.rule === null ? '' : `<span class="rule">rule: ${esc(part.rule)}</span>`;
  return `<div class="part part-${esc(part.kind)}"><span class="ln" title="line ${part.line}, ${esc(part.kind)}">${part.line}<span class="kind">${esc(part.kind)}</span></span><p>${text}${rule}</p></div>`;
}

// ---- the style sheet ------------------------------------------------------------------------------------

const CSS = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --wash: #f6f8fa;
  --agree: #1a7f37; --agree-bg: #dafbe1; --diverge: #cf222e; --diverge-bg: #ffebe9;
  --changed: #9a6700; --changed-bg: #fff8c5; --single: #59636e; --single-bg: #eaeef2;
  --plain: #424a53; --dim: #afb8c1;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; overflow-wrap: anywhere; }
main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.25rem; }
h3 { font-size: 1.05rem; }
p { margin: 0.25rem 0; }
ul, ol { margin: 0; padding: 0; list-style: none; }
.kicker, .group-kicker { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; }
.masthead { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.summary { font-size: 1.05rem; margin-top: 0.4rem; }
.legend { margin-top: 0.75rem; color: var(--muted); font-size: 0.85rem; }
.legend ul { padding-left: 1.1rem; list-style: disc; }
.legend-verdicts { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.4rem; }
.toc { margin: 1rem 0; font-size: 0.9rem; }
.toc ol { list-style: decimal; padding-left: 1.5rem; }
.note { color: var(--muted); }
.reports { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.8rem; color: var(--muted); margin: 0.3rem 0 0.75rem; }
.reports .outlet { color: var(--ink); font-weight: 600; }
.id, .file { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.95em; }
.empty { color: var(--muted); font-style: italic; }

.verdict { display: inline-flex; align-items: baseline; gap: 0.3rem; border-radius: 999px; padding: 0.1rem 0.65rem; font-weight: 600; font-size: 0.85rem; border: 1px solid currentColor; white-space: normal; }
.badge-agree { color: var(--agree); background: var(--agree-bg); }
.badge-diverge { color: var(--diverge); background: var(--diverge-bg); }
.badge-changed { color: var(--changed); background: var(--changed-bg); }
.badge-single { color: var(--single); background: var(--single-bg); }

.group { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--single); border-radius: 8px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
.group-agree { border-left-color: var(--agree); }
.group-diverge { border-left-color: var(--diverge); }
.group-changed { border-left-color: var(--changed); }
.group-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; }
.group-head .group-kicker { flex-basis: 100%; }
.group-head h3 { flex: 1 1 16rem; min-width: 0; }

.axis-row, .claim { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.1rem 1rem; }
.axis-row { margin-top: 0.5rem; color: var(--muted); font-size: 0.75rem; }
svg { display: block; overflow: visible; }
svg.axis text { fill: var(--muted); font-size: 11px; }
svg.axis line { stroke: var(--muted); stroke-width: 1; }
.claims { margin-top: 0.1rem; }
.claim { border-top: 1px solid var(--line); padding: 0.5rem 0; }
.claim-meta { display: flex; flex-wrap: wrap; gap: 0.1rem 0.6rem; align-items: baseline; font-size: 0.85rem; min-width: 0; }
.claim-meta .outlet { font-weight: 700; }
.claim-meta .claimant::before { content: "claimant: "; color: var(--muted); }
.claim-meta time { color: var(--muted); }
.role { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; border-radius: 4px; padding: 0 0.35rem; background: var(--single-bg); color: var(--single); }
.tone-diverge .role { background: var(--diverge); color: #fff; }
.claim-bar { min-width: 0; }
.bar-axis { stroke: var(--line); stroke-width: 2; }
.bar-fill, .bar-open { fill: var(--plain); stroke: var(--plain); stroke-width: 1.5; }
.bar-value { stroke: var(--ink); stroke-width: 3; }
.tone-agree .bar-fill, .tone-agree .bar-open { fill: var(--agree); stroke: var(--agree); }
.tone-diverge .bar-fill, .tone-diverge .bar-open { fill: var(--diverge); stroke: var(--diverge); }
.tone-changed .bar-fill, .tone-changed .bar-open { fill: var(--changed); stroke: var(--changed); }
.tone-single .bar-fill, .tone-single .bar-open { fill: var(--single); stroke: var(--single); }
.tone-dim .bar-fill, .tone-dim .bar-open { fill: var(--dim); stroke: var(--dim); }
.words { font-family: Georgia, "DejaVu Serif", serif; font-size: 1.05rem; margin: 0; }
.words q { quotes: "“" "”"; }
.interval { font-family: system-ui, sans-serif; font-size: 0.8rem; color: var(--muted); white-space: nowrap; }
.interval::before { content: "interval "; }
.sentence { color: var(--muted); font-size: 0.85rem; font-family: Georgia, "DejaVu Serif", serif; }
.source { color: var(--muted); font-size: 0.75rem; }

@media (min-width: 50rem) {
  main { padding: 1.5rem 2rem; }
  h1 { font-size: 2rem; }
  .axis-row, .claim { grid-template-columns: 13rem minmax(0, 1fr) 15rem; }
  .axis-row .axis-label { grid-column: 1; align-self: end; }
  .axis-row svg.axis { grid-column: 2; }
  .claim-meta { grid-column: 1; grid-row: 1 / span 2; flex-direction: column; gap: 0; }
  .claim-bar { grid-column: 2; grid-row: 1; align-self: center; }
  .words { grid-column: 3; grid-row: 1; }
  .sentence, .source { grid-column: 2 / span 2; }
}

/* show */
.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.1rem 1rem; margin: 0.75rem 0 0; font-size: 0.9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; min-width: 0; }
.cleaned, .aside { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 0.25rem 1rem 0.75rem; margin: 1rem 0; }
.aside { background: transparent; color: var(--muted); }
.cleaned > h2, .aside > h2 { margin-top: 0.75rem; }
.count { color: var(--muted); font-weight: 400; font-size: 0.9rem; }
.part { display: grid; grid-template-columns: 4rem minmax(0, 1fr); gap: 0.6rem; margin: 0.5rem 0; }
.part p { margin: 0; font-family: Georgia, "DejaVu Serif", serif; font-size: 1.02rem; line-height: 1.6; min-width: 0; }
.part-title p { font-size: 1.3rem; font-weight: 700; font-family: inherit; }
.part-heading p, .part-standfirst p { font-weight: 600; }
.ln { color: var(--muted); font: 0.75rem/1.6 ui-monospace, "DejaVu Sans Mono", monospace; text-align: right; padding-top: 0.2rem; }
.ln .kind { display: block; font-size: 0.6rem; }
.rule { display: block; font: 0.75rem system-ui, sans-serif; color: var(--muted); }
mark.m { background: none; color: inherit; padding: 0 1px; }
mark.m-quote { background: #eef1f8; font-style: italic; }
mark.m-actor { text-decoration: underline 2px #8250df; text-underline-offset: 4px; }
mark.m-place { border-bottom: 2px dashed #1a7f37; }
mark.m-figure { background: #fff1c2; font-weight: 700; box-shadow: inset 0 -2px #bf8700; font-style: normal; }
mark.m-date { border-bottom: 2px dotted #0969da; }

@media print {
  @page { margin: 14mm 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  .toc { display: none; }
  .masthead, .group, .cleaned, .aside { border-color: #999; break-inside: avoid; }
  .claim { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
