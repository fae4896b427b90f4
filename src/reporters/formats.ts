// The output formats and, for each, where its reporter is: the command line loads only the one it renders with (the
// table reporter and its width and colour libraries are a tenth of a warm start that prints JSON).
import type { RenderContext, Report } from '../report/view.js';

export type Reporter = (report: Report, ctx: RenderContext) => string;

const LOADERS = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
  ndjson: async () => (await import('./ndjson.js')).renderNdjson,
  csv: async () => (await import('./csv.js')).renderCsv,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  github: async () => (await import('./github.js')).renderGithub,
  html: async () => (await import('./html.js')).renderHtml,
} as const satisfies Record<string, () => Promise<Reporter>>;

export type Format = keyof typeof LOADERS;

export const FORMATS = Object.keys(LOADERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(LOADERS, name);
}

/** The reporter of one format, its module loaded on first use. */
export function loadReporter(format: Format): Promise<Reporter> {
  return LOADERS[format]();
}
