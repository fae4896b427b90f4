// Stories: reports grouped by the event they tell, on small findings of our own.
import { describe, expect, it } from 'vitest';
import { groupStories, type StoryInput } from '../../src/compare/stories.js';
import type { Figure, PlaceMention } from '../../src/types.js';

let offset = 0;
const place = (report: string, name: string, type: PlaceMention['type'] = 'city'): PlaceMention => ({
  report, name, type, inGazetteer: true, within: null, spelling: name, isSuggested: false, offset: [offset, (offset += 5)],
});
const figure = (report: string, measure: Figure['measure'], value: number): Figure => ({
  report, outlet: null, measure, subject: 'people', value, low: value, high: value, qualifier: 'exact', unit: null, attribution: null,
  asOf: null, scope: null, part: 'body', text: String(value), sentence: String(value), offset: [0, 1],
});
const report = (id: string, published: string | null, places: string[], figures: Array<[Figure['measure'], number]> = [], title: string | null = null): StoryInput => ({
  report: id,
  published,
  title,
  findings: {
    places: places.map((p) => (p === 'Country' ? place(id, p, 'country') : place(id, p))),
    figures: figures.map(([m, v]) => figure(id, m, v)),
    actors: [],
    quotes: [],
    dates: [],
  },
});
const ids = (inputs: StoryInput[]) => groupStories(inputs).map((s) => s.reports);

describe('groupStories', () => {
  it('puts reports of one event (a place, close days) in one story, and another event in its own', () => {
    const inputs = [
      report('a', '2020-03-01', ['Rivertown'], [], 'Floods in Rivertown'),
      report('b', '2020-03-02', ['Rivertown']),
      report('c', '2020-03-02', ['Hillcity']),
      report('d', '2020-03-03', ['Hillcity']),
    ];
    expect(ids(inputs)).toEqual([['a', 'b'], ['c', 'd']]);
    const [first] = groupStories(inputs);
    expect(first).toEqual({ id: 's-a', title: 'Floods in Rivertown', reports: ['a', 'b'], from: '2020-03-01', until: '2020-03-02', places: ['Rivertown'] });
  });

  it('a country shared is no link: it names no event', () => {
    expect(ids([report('a', '2020-03-01', ['Country', 'Rivertown']), report('b', '2020-03-01', ['Country', 'Hillcity'])])).toEqual([['a'], ['b']]);
  });

  it('far apart in days, a shared place alone is no link, but a shared figure with it is', () => {
    const far = [report('a', '2020-03-01', ['Rivertown', 'Lakeside']), report('b', '2020-03-08', ['Rivertown', 'Lakeside']), report('c', '2020-03-01', ['Hillcity'])];
    expect(ids(far)).toEqual([['a'], ['b'], ['c']]);
    const withFigure = [
      report('a', '2020-03-01', ['Rivertown', 'Lakeside'], [['deaths', 1234]]),
      report('b', '2020-03-08', ['Rivertown', 'Lakeside'], [['deaths', 1234]]),
      report('c', '2020-03-01', ['Hillcity']),
    ];
    expect(ids(withFigure)).toEqual([['a', 'b'], ['c']]);
  });

  it('never spans more days than allowed, however the links chain', () => {
    const chain = Array.from({ length: 8 }, (_, i) => report(`r${i}`, `2020-03-${String(1 + 2 * i).padStart(2, '0')}`, ['Rivertown']));
    for (const story of groupStories(chain, { maxSpanDays: 4 })) {
      expect(Date.parse(story.until!) - Date.parse(story.from!)).toBeLessThanOrEqual(4 * 86_400_000);
    }
  });

  it('compares places at the level given (a quarter as its city)', () => {
    const level = (name: string) => (name === 'Old Quarter' ? 'Rivertown' : name);
    const inputs = [report('a', '2020-03-01', ['Old Quarter']), report('b', '2020-03-01', ['Rivertown']), report('c', '2020-03-01', ['Hillcity'])];
    expect(groupStories(inputs, { placeLevel: level }).map((s) => s.reports)).toEqual([['a', 'b'], ['c']]);
  });

  it('is deterministic and keeps corpus order whatever the order of links', () => {
    const inputs = [report('x', '2020-03-02', ['Hillcity']), report('a', '2020-03-01', ['Rivertown']), report('y', '2020-03-02', ['Hillcity']), report('b', '2020-03-01', ['Rivertown'])];
    expect(ids(inputs)).toEqual([['x', 'y'], ['a', 'b']]);
    expect(ids(inputs)).toEqual(ids(inputs));
  });
});

describe('groupStories at scale', () => {
  it('links an undated report through a shared place and figure, as one far apart in days, and none that shares nothing', () => {
    const inputs = [
      report('a', '2020-03-01', ['Rivertown', 'Lakeside'], [['deaths', 1234]]),
      report('b', null, ['Rivertown', 'Lakeside'], [['deaths', 1234]]),
      report('c', '2020-03-01', ['Hillcity']),
    ];
    expect(ids(inputs)).toEqual([['a', 'b'], ['c']]);
  });

  it('still links reports when thousands of one day name the same place (each meets at most 64 others through it)', () => {
    // Five events of one town and day, 600 reports each, told apart by their death tolls.
    const inputs = Array.from({ length: 3000 }, (_, i) => report(`r${i}`, '2020-03-01', ['Rivertown'], [['deaths', 1000 + (i % 5)]]));
    const stories = groupStories(inputs);
    expect(stories.flatMap((s) => s.reports).sort()).toEqual(inputs.map((r) => r.report).sort());
    expect(Math.min(...stories.map((s) => s.reports.length))).toBeGreaterThan(1);
    for (const story of stories) {
      const tolls = new Set(story.reports.map((id) => Number(id.slice(1)) % 5));
      expect(tolls.size).toBe(1);
    }
  });
});
