// What compare keeps of a report's findings while the others are read: what it uses, in less memory.
import type { ArticleFindings } from '../extract/index.js';

/** Offsets of an actor or place mention are not used by the comparison: every compacted mention shares this one. */
const NO_OFFSET: [number, number] = [0, 0];

/**
 * Keeps of a report's findings what compare uses, in less memory, in place: of its dates only the first dated to the
 * day (a story's day when the report's publication day is unknown); every finding shares the report's id string; its
 * actor and place mentions lose their offsets (aggregation counts them, never reads where they are; their order is
 * kept) and repeats of one mention become one shared object, kept in order and number.
 */
export function compactFindings(findings: ArticleFindings): ArticleFindings {
  const id = findings.report;
  const firstDay = findings.dates.find((d) => d.precision === 'day' && d.date !== null);
  findings.dates = firstDay === undefined ? [] : [{ ...firstDay, report: id }];
  for (const list of [findings.figures, findings.events, findings.quotes] as Array<Array<{ report: string }>>) for (const item of list) item.report = id;
  findings.actors = shareRepeats(findings.actors, id);
  findings.places = shareRepeats(findings.places, id);
  return findings;
}

function shareRepeats<T extends { report: string; offset: [number, number] }>(mentions: T[], id: string): T[] {
  const shared = new Map<string, T>();
  return mentions.map((mention) => {
    const compact = { ...mention, report: id, offset: NO_OFFSET };
    const key = JSON.stringify(compact);
    const seen = shared.get(key);
    if (seen !== undefined) return seen;
    shared.set(key, compact);
    return compact;
  });
}
