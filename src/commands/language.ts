// `words`, `keyness`, `naming`, `kwic`: the language of the coverage. readLabels is an IO edge (it reads labels.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { extractQuotes } from '../extract/quotes.js';
import { DEFAULT_KEYNESS_LIMIT, DEFAULT_MAX_P, DEFAULT_MIN_FREQUENCY, keynessByTarget } from '../language/keyness.js';
import { DEFAULT_KWIC_WINDOW, kwic } from '../language/kwic.js';
import { LABELS_FILE, parseLabels, type LabelSets } from '../language/labels.js';
import { naming, type QuoteSpan } from '../language/naming.js';
import { corpusWordStats, DEFAULT_TOP_WORDS, wordStats } from '../language/word-stats.js';
import { buildKeynessReport, buildKwicReport, buildNamingReport, buildWordsReport, wordsRecord } from '../report/language.js';
import type { Article, Gazetteer } from '../types.js';
import type { CommandContext, CommandSpec } from './index.js';
import { findArticle, selectArticles } from './select.js';

/** Reads and parses labels.json in the corpus directory; a missing or unreadable file is an InputError naming it. */
export function readLabels(corpusDir: string): LabelSets {
  const path = join(corpusDir, LABELS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      code === 'ENOENT' ? `not found: naming reads its label sets from ${LABELS_FILE} in the corpus directory` : `cannot be read (${code ?? 'error'})`,
    );
  }
  return parseLabels(text, path);
}

/** The quotations of the articles, as the quotes extractor finds them (the same as extractArticle's). */
function quotationsOf(articles: readonly Article[], gazetteer: Gazetteer): QuoteSpan[] {
  return articles.flatMap((article) => extractQuotes(article, gazetteer));
}

function numberOption(ctx: CommandContext, name: string, fallback: number): number {
  const value = ctx.options[name];
  return typeof value === 'number' ? value : fallback;
}

export const runWords: CommandSpec['run'] = async (ctx) => {
    const corpus = await ctx.load();
    const articles = selectArticles(corpus.articles, ctx.reports);
    const top = numberOption(ctx, 'top', DEFAULT_TOP_WORDS);
    const records = articles.map((article) => wordsRecord(article, wordStats(article, { top })));
    return { report: buildWordsReport(records, corpusWordStats(articles, { top })) };
  };

export const runKeyness: CommandSpec['run'] = async (ctx) => {
    const corpus = await ctx.load();
    const articles = selectArticles(corpus.articles, ctx.reports);
    if (articles.length < 2) throw new UsageError('keyness compares reports with each other: it needs at least two reports');
    const asked = (ctx.options.target as string[] | undefined) ?? [];
    const targetIds = [...new Set(asked.map((id) => findArticle(articles, id).id))];
    if (targetIds.length === articles.length) throw new UsageError('the target holds every report: nothing is left to compare it with');
    const options = {
      minFrequency: numberOption(ctx, 'minFrequency', DEFAULT_MIN_FREQUENCY),
      limit: numberOption(ctx, 'limit', DEFAULT_KEYNESS_LIMIT),
      maxP: DEFAULT_MAX_P,
    };
    const groups = targetIds.length > 0 ? [targetIds] : articles.map((a) => [a.id]);
    return { report: buildKeynessReport(keynessByTarget(articles, groups, options), options) };
  };


export const runNaming: CommandSpec['run'] = async (ctx) => {
    const corpus = await ctx.load();
    const labels = readLabels(corpus.dir);
    const articles = selectArticles(corpus.articles, ctx.reports);
    const counts = naming(articles, labels, quotationsOf(articles, corpus.gazetteer));
    return { report: buildNamingReport(counts, labels.sets, articles.map((a) => a.id)) };
  };

export const runKwic: CommandSpec['run'] = async (ctx) => {
    const term = ctx.args[0] ?? '';
    const isRegex = ctx.options.regex === true;
    const pattern = isRegex ? compileRegex(term) : term;
    const window = numberOption(ctx, 'window', DEFAULT_KWIC_WINDOW);
    const corpus = await ctx.load();
    const articles = selectArticles(corpus.articles, ctx.reports);
    const lines = kwic(articles, pattern, { window, quotes: quotationsOf(articles, corpus.gazetteer) });
    return { report: buildKwicReport(lines, articles, { term, regex: isRegex, window }) };
  };

/** TERM as a case-insensitive regular expression: Unicode mode when it allows, else legacy syntax; invalid is a usage error. */
export function compileRegex(term: string): RegExp {
  if (term === '') throw new UsageError('the search pattern is empty');
  try {
    return new RegExp(term, 'iu');
  } catch {
    try {
      return new RegExp(term, 'i');
    } catch (error) {
      const message = (error as Error).message;
      throw new UsageError(`invalid regular expression /${term}/: ${message.slice(message.lastIndexOf(': ') + 2)}`);
    }
  }
}
