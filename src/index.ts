// The library API: load a corpus, extract each report's findings, compare them, render a report in any format.
// The same functions the command line runs; nothing here writes to the disk, stdout or the process.
import { compareFindings, type Comparison } from './compare/index.js';
import { scopeLevel } from './compare/scope.js';
import { groupStories, type Story } from './compare/stories.js';
import { loadCorpus as loadCorpusDir, type Corpus } from './corpus/load.js';
import { bundledCorpusDir, type LoadOptions } from './corpus/open.js';
import { extractArticle, type ArticleFindings } from './extract/index.js';
import type { RenderContext, Report } from './report/view.js';
import { FORMATS, REPORTERS, type Format } from './reporters/index.js';

/**
 * Reads a corpus directory (default: the corpus bundled with the package): its reports, manifest and gazetteer.
 * Unusable reports are listed in `skipped`, not thrown; a missing directory or a malformed manifest or gazetteer
 * throws an InputError naming the file.
 */
export function loadCorpus(dir: string = bundledCorpusDir(), options: LoadOptions = {}): Corpus {
  return loadCorpusDir(dir, options);
}

/** The findings of every report of a corpus, in corpus order (extractArticle on each, with the corpus's gazetteer). */
export function analyseCorpus(corpus: Pick<Corpus, 'articles' | 'gazetteer'>): ArticleFindings[] {
  return corpus.articles.map((article) => extractArticle(article, corpus.gazetteer));
}

/**
 * The stories of a corpus (its reports grouped by the event they tell), from its articles and their findings in
 * corpus order: what `stories` lists and what `compare` compares within (pass them to compareFindings).
 */
export function findStories(corpus: Pick<Corpus, 'articles' | 'gazetteer'>, findings: readonly ArticleFindings[]): Story[] {
  const inputs = corpus.articles.map((article, i) => ({ report: article.id, published: article.meta.published.value, title: article.title, findings: findings[i]! }));
  return groupStories(inputs, { placeLevel: scopeLevel(corpus.gazetteer) });
}

/** A finished report as text in one of FORMATS (`table` without colour, 120 columns, unless `ctx` says otherwise). */
export function render(report: Report, format: Format = 'table', ctx: Partial<RenderContext> = {}): string {
  return REPORTERS[format](report, { color: false, width: 120, ...ctx });
}

export { bundledCorpusDir, extractArticle, compareFindings, FORMATS, REPORTERS };
export { buildCompareReport } from './report/compare.js';
export { buildActorsReport, buildFiguresReport, buildPlacesReport, buildQuotesReport, buildTimelineReport } from './report/findings.js';
export { InputError, UsageError } from './errors.js';
export type { ArticleFindings, Comparison, Corpus, Format, LoadOptions, RenderContext, Report };
export type { FigureGroup, Verdict } from './compare/groups.js';
export type { StoryGroup } from './compare/index.js';
export type { Story } from './compare/stories.js';
export type { Coverage, MergedEvent } from './compare/coverage.js';
export type { PairComparison } from './compare/pairs.js';
export type { DatedEvent } from './extract/dates.js';
export type { QuoteRecord, SharedQuote } from './extract/quotes.js';
export type {
  Actor,
  ActorMention,
  ActorType,
  Article,
  DateMention,
  Figure,
  Gazetteer,
  ManifestEntry,
  Measure,
  Metadata,
  Place,
  PlaceMention,
  PlaceType,
  Problem,
  Qualifier,
  Quote,
  Severity,
  SkippedReport,
} from './types.js';
