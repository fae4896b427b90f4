// The extractor: one Article and the gazetteer in, every kind of finding out. Pure; each kind has its own module.
// The article is read once (segments, sentences, quotations, speech events: reading.ts) and figures, quotations and
// dates consume that reading; actors and places read the article themselves.
import type { ActorMention, Article, DateMention, Figure, Gazetteer, PlaceMention } from '../types.js';
import { extractActors } from './actors.js';
import { extractDates, extractEvents, type DatedEvent } from './dates.js';
import { extractFigures } from './figures.js';
import { extractPlaces } from './places.js';
import { extractQuotes, type QuoteRecord } from './quotes.js';
import { readArticle } from './reading.js';

export interface ArticleFindings {
  report: string;
  figures: Figure[];
  dates: DateMention[];
  events: DatedEvent[];
  actors: ActorMention[];
  places: PlaceMention[];
  quotes: QuoteRecord[];
}

export function extractArticle(article: Article, gazetteer: Gazetteer): ArticleFindings {
  const reading = readArticle(article);
  const dates = extractDates(article, reading);
  const quotes = extractQuotes(article, gazetteer, reading);
  return {
    report: article.id,
    figures: extractFigures(article, { gazetteer, quotes, dates, reading }),
    dates,
    events: extractEvents(article, dates, reading),
    actors: extractActors(article, gazetteer),
    places: extractPlaces(article, gazetteer),
    quotes,
  };
}
