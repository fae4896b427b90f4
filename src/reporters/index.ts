// The reporter registry: one function per output format, `(report, ctx) => string`. --format choices come from here.
import type { RenderContext, Report } from '../report/view.js';
import { renderCsv } from './csv.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';

export const REPORTERS = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
  markdown: renderMarkdown,
  github: renderGithub,
  html: renderHtml,
} as const satisfies Record<string, (report: Report, ctx: RenderContext) => string>;

export type Format = keyof typeof REPORTERS;

export const FORMATS = Object.keys(REPORTERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(REPORTERS, name);
}
