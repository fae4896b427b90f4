// One report's text → an Article record: segmented parts, metadata from the manifest or the text. Pure.
import type { Agency, Article, ManifestEntry } from '../types.js';
import { buildMetadata, inferFromText, manifestYear } from './metadata.js';
import { reportId } from './report-id.js';
import { segmentReport } from './segment.js';

/** `agencies`: the known agencies and outlets (the corpus's agencies.json, else the bundled list). */
export function buildArticle(file: string, text: string, entry: ManifestEntry | null, agencies: readonly Agency[] = []): Article {
  const { parts, title, dateline } = segmentReport(text, { publishedYear: manifestYear(entry), agencies });
  const inferred = inferFromText(parts, dateline, text, agencies);
  // A yearless dateline's year comes from the manifest, else from the report's own top lines (`inferred`).
  const settled = dateline && dateline.date === null ? { ...dateline, date: inferred.datelineDate } : dateline;
  return {
    id: reportId(file, entry),
    file,
    text,
    meta: buildMetadata(entry, inferred),
    dateline: settled,
    title,
    parts,
  };
}
