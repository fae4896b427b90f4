// Short column labels for reports (`reuters` for `reuters-2016-12-22`), unique within a corpus.

/** The id up to a `-` that precedes a digit, at most 12 characters; the whole id where two would clash. */
export function reportLabels(ids: string[]): Map<string, string> {
  const short = (id: string): string => (/^(.+?)-\d/.exec(id)?.[1] ?? id).slice(0, 12);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(short(id), (counts.get(short(id)) ?? 0) + 1);
  return new Map(ids.map((id) => [id, counts.get(short(id)) === 1 ? short(id) : id]));
}
