// The `stories` report: one row per story (id, dates, places, title, reports).
import type { Story } from '../compare/stories.js';
import type { Report, TableView } from './view.js';

export function buildStoriesReport(stories: readonly Story[]): Report {
  const table: TableView<Story> = {
    kind: 'table',
    columns: [
      { header: 'story', get: (s) => s.id },
      { header: 'from', get: (s) => s.from, isNarrow: true },
      { header: 'until', get: (s) => s.until, isNarrow: true },
      { header: 'reports', get: (s) => s.reports.length, align: 'right', isNarrow: true },
      { header: 'places', get: (s) => s.places.slice(0, 4).join(', ') || null },
      { header: 'title', get: (s) => s.title },
    ],
    rows: [...stories],
    notes: [`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} in ${stories.reduce((n, s) => n + s.reports.length, 0)} report(s); the reports of each are in --json.`],
  };
  return { command: 'stories', key: 'stories', records: [...stories], views: [table] };
}
