// mergeTimeline at scale: the indexed merge gives exactly what the plain complete-linkage walk gives, and stays fast
// when many reports tell the same events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonStems, contentWords, isSameEvent, mergeTimeline, periodOf } from '../../src/compare/coverage.js';
import type { DatedEvent } from '../../src/extract/dates.js';
import type { DatePrecision } from '../../src/types.js';

function makeEvent(report: string, date: string, sentence: string, precision: DatePrecision = 'day', offset = 0): DatedEvent {
  return { report, date, precision, basis: 'stated', dateText: '', dateOffset: [offset, offset], sentence, offset: [offset, offset + sentence.length], part: 'body' };
}

/** The merge as first written: each event tested against every member of every earlier entry (quadratic). */
function plainMerge(events: readonly DatedEvent[]): Array<{ reports: string[]; dates: string[]; isDateDiffering: boolean; events: DatedEvent[] }> {
  const order = (a: DatedEvent, b: DatedEvent): number =>
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0) || a.offset[0] - b.offset[0];
  const sorted = [...events].sort(order);
  const raw = sorted.map((e) => contentWords(e.sentence, e.dateText));
  const common = commonStems(raw);
  const words = raw.map((set) => new Set([...set].filter((stem) => !common.has(stem))));
  const entries: number[][] = [];
  sorted.forEach((event, i) => {
    const entry = entries.find((members) => members.every((j) => sorted[j]!.report !== event.report && isSameEvent(words[i]!, words[j]!)));
    if (entry === undefined) entries.push([i]);
    else entry.push(i);
  });
  return entries.map((indices) => {
    const members = indices.map((i) => sorted[i]!);
    const periods = members.map((e) => periodOf(e.date, e.precision));
    let differing = false;
    for (let i = 0; i < periods.length; i++) {
      for (let j = i + 1; j < periods.length; j++) {
        const [p, q] = [periods[i], periods[j]];
        if (p === null || q === null) differing ||= members[i]!.date !== members[j]!.date;
        else differing ||= p![1] < q![0] || q![1] < p![0];
      }
    }
    return { reports: [...new Set(members.map((e) => e.report))].sort(), dates: [...new Set(members.map((e) => e.date))].sort(), isDateDiffering: differing, events: members };
  });
}

const WORDS = ['convoy', 'buses', 'ambulances', 'wounded', 'civilians', 'evacuation', 'rebels', 'crossing', 'ceasefire', 'shelling', 'talks', 'geneva', 'airstrikes', 'hospital', 'district', 'fighters'];

const event = fc.record({
  report: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  date: fc.constantFrom('2016-12-13', '2016-12-14', '2016-12-15', '2016-12-01', 'Thursday'),
  precision: fc.constantFrom<DatePrecision>('day', 'day', 'week', 'month'),
  // most events retell one of a few stories in other words, so entries of several events are common
  story: fc.constantFrom(['convoy', 'buses', 'wounded', 'civilians', 'crossing'], ['rebels', 'ceasefire', 'talks', 'geneva'], ['airstrikes', 'hospital', 'district', 'shelling'], []),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 5 }),
  offset: fc.nat(5000),
});

describe('mergeTimeline (indexed)', () => {
  it('gives the same entries as the plain walk, for any events', () => {
    let merges = 0; // entries of two or more events seen: the property is not only tried on events that never merge
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (specs) => {
        const events = specs.map((s) => makeEvent(s.report, s.date, `${[...s.story, ...s.words].join(' ')}.`, s.precision, s.offset));
        const fast = mergeTimeline(events).map(({ reports, dates, isDateDiffering, events: members }) => ({ reports, dates, isDateDiffering, events: members }));
        expect(fast).toEqual(plainMerge(events));
        merges += fast.filter((e) => e.events.length > 1).length;
      }),
      { numRuns: 300 },
    );
    expect(merges).toBeGreaterThan(100);
  });

  it('merges 20,000 reports telling the same five events in seconds', () => {
    const sentences = [
      'The convoy of buses carried wounded civilians across the crossing',
      'Rebels agreed a ceasefire after talks in Geneva with the envoy',
      'Airstrikes hit the last hospital in the eastern district overnight',
      'Ambulances waited at the crossing while fighters checked the vehicles',
      'The evacuation was suspended after shelling near the convoy route',
    ];
    const events = [];
    for (let r = 0; r < 20_000; r++) for (const [k, sentence] of sentences.entries()) events.push(makeEvent(`r${r}`, `2016-12-1${k}`, sentence, 'day', k * 100));
    const started = performance.now();
    const merged = mergeTimeline(events);
    const seconds = (performance.now() - started) / 1000;
    expect(merged).toHaveLength(5);
    expect(merged.every((e) => e.reports.length === 20_000 && !e.isDateDiffering)).toBe(true);
    expect(seconds).toBeLessThan(20); // the plain walk takes minutes here (every member of every entry, per event)
  });
});
