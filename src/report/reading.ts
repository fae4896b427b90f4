// How much of a report is read, as `stats` shows it and `check` reports it (the counts themselves are computed by
// readingCounts, extract/segments.ts): apart from the segmenter, so that a warm `stats` does not load it.

/** How much of a report is read: words of the read parts against the words of the whole file. */
export interface ReadingCounts {
  /** Words of every part a reader reads (title, standfirst, body, captions, embeds). */
  words: number;
  /** Words of the whole file (every part, read or set aside). */
  fileWords: number;
  /** The rule that set aside the most words (`boilerplate: share-widget`), when any were set aside; else null. */
  mostSetAsideBy: string | null;
}

/** Whether less than half of a report's words are read. */
export function isLittleRead(counts: ReadingCounts): boolean {
  return counts.words * 2 < counts.fileWords;
}

/** What `stats` warns and `check` reports of a report that is little read. */
export function littleReadMessage(file: string, counts: ReadingCounts): string {
  const share = counts.fileWords === 0 ? 0 : Math.round((100 * counts.words) / counts.fileWords);
  const by = counts.mostSetAsideBy ? `; most of the rest was set aside as ${counts.mostSetAsideBy}` : '';
  return `${file}: little read: ${counts.words} of its ${counts.fileWords} words (${share}%) are read${by}`;
}
