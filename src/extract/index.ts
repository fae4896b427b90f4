// The extractor: one Article and the gazetteer in, every kind of finding out. Pure; each kind has its own module.
import type { ActorMention, Article, DateMention, Figure, Gazetteer, PlaceMention } from '../types.js';
import { extractActors } from './actors.js';
import { extractDates, extractEvents, type DatedEvent } from './dates.js';
import { extractFigures } from './figures.js';
import { extractPlaces } from './places.js';
import { extractQuotes, type QuoteRecord } from './quotes.js';

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
  const dates = extractDates(article);
  const quotes = extractQuotes(article, gazetteer);
  return {
    report: article.id,
    figures: extractFigures(article, { gazetteer, quotes, dates }),
    dates,
    events: extractEvents(article, dates),
    actors: extractActors(article, gazetteer),
    places: extractPlaces(article, gazetteer),
    quotes,
  };
}
