// Reading a corpus directory's reports into articles: one report, or all of them at once (the commands that need them
// all: show, the language commands, check). Opening the directory, and reading a report's text, are open.ts's.
import type { Article, SkippedReport } from '../types.js';
import { buildArticle } from './article.js';
import { openCorpus, readReportText, type LoadOptions, type OpenCorpus, type ReportText } from './open.js';

/** A corpus with every report read: its articles, and the reports skipped. */
export interface Corpus extends Omit<OpenCorpus, 'files' | 'maxReportBytes'> {
  articles: Article[];
  skipped: SkippedReport[];
}

/** What reading one report file gives: its article, or why it was skipped. */
export type ReadReport = { ok: true; article: Article } | { ok: false; skipped: SkippedReport };

/** Reads, decodes and segments one report of an open corpus. */
export function readReport(corpus: OpenCorpus, file: string): ReadReport {
  const read = readReportText(corpus, file);
  return read.ok ? { ok: true, article: reportArticle(corpus, read.report) } : read;
}

/** The article of a report read (readReportText): segmented, its metadata inferred. */
export function reportArticle(corpus: OpenCorpus, { file, text, encoding }: ReportText): Article {
  const article = buildArticle(file, text, corpus.entryOf(file), corpus.gazetteer.agencies);
  return encoding ? { ...article, encoding } : article;
}

/** Opens a corpus and reads every report (the commands that need them all at once: show, language, check). */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const corpus = openCorpus(dir, options);
  const articles: Article[] = [];
  const skipped: SkippedReport[] = [];
  for (const file of corpus.files) {
    const read = readReport(corpus, file);
    if (read.ok) articles.push(read.article);
    else skipped.push(read.skipped);
  }
  const { manifest, manifestText, orphans, gazetteer, entryOf } = corpus;
  return { dir: corpus.dir, articles, skipped, manifest, manifestText, orphans, gazetteer, entryOf };
}
