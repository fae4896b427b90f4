// One report's text → an Article record: segmented parts, metadata from the manifest or the text. Pure.
import type { Article, ManifestEntry } from '../types.js';
import { buildMetadata, yearOf } from './metadata.js';
import { segmentReport } from './segment.js';

/** The id a report gets without a manifest entry: its file name without the extension. */
export function idFromFile(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.txt$/i, '');
}

export function buildArticle(file: string, text: string, entry: ManifestEntry | null): Article {
  const { parts, title, dateline } = segmentReport(text, yearOf(entry, text));
  return {
    id: entry?.id ?? idFromFile(file),
    file,
    text,
    meta: buildMetadata(entry, parts, dateline),
    dateline,
    title,
    parts,
  };
}
