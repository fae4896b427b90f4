// compare and figures with --measure, --verdict, --claimant, --since/--until, --sort spread and --story, in-process.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const json = async (args: string[]) => {
  const result = await runCli([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe('filters on compare and figures', () => {
  it('compare --verdict diverge --sort spread: only divergences, widest first, each group tagged with its story', async () => {
    const out = await json(['compare', '--verdict', 'diverge', '--sort', 'spread']);
    expect(out.groups.length).toBeGreaterThan(0);
    expect(out.groups.every((g: { verdict: string }) => g.verdict === 'diverge')).toBe(true);
    const spreads = out.groups.map((g: { spread: number }) => g.spread);
    expect(spreads).toEqual([...spreads].sort((a: number, b: number) => b - a));
    expect(new Set(out.groups.map((g: { story: string }) => g.story))).toEqual(new Set(['s-euronews-2016-12-15']));
  });

  it('figures --measure --claimant --since --until keep only what they name', async () => {
    const out = await json(['figures', '--measure', 'ambulances', '--claimant', 'red cross', '--since', '2016-12-15', '--until', '2016-12-15']);
    expect(out.figures.map((f: { measure: string; value: number; attribution: string }) => [f.measure, f.value, f.attribution])).toEqual([
      ['ambulances', 13, 'International Committee of the Red Cross'],
    ]);
  });

  it('--story keeps the reports of one story; an unknown story, verdict, order or day is a usage error', async () => {
    const all = await json(['compare']);
    const one = await json(['compare', '--story', 's-euronews-2016-12-15']);
    expect(one.groups.map((g: { id: string }) => g.id)).toEqual(all.groups.map((g: { id: string }) => g.id));
    for (const args of [['--story', 'nope'], ['--verdict', 'maybe'], ['--sort', 'size'], ['--since', '2016-13-01']]) {
      const result = await runCli(['compare', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
