// The reporter registry: one function per output format, `(report, ctx) => string`, all loaded (for the library; the
// command line loads only the one it needs, through formats.ts, whose FORMATS these keys are).
import type { Format, Reporter } from './formats.js';
import { renderCsv } from './csv.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';

export const REPORTERS: Record<Format, Reporter> = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
  markdown: renderMarkdown,
  github: renderGithub,
  html: renderHtml,
};

export { FORMATS, isFormat, type Format } from './formats.js';
