// The bin finds the corpus bundled with the package whatever the working directory.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';

describe('the bundled corpus', () => {
  it('is found from the package location when the built command runs from another directory', () => {
    const result = spawnCli(['stats', '--json'], { cwd: tmpdir() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.reports.map((r: { outlet: string }) => r.outlet)).toEqual(['Euronews', 'Reuters', 'Inquisitr', 'Middle East Eye', 'Financial Times']);
    expect(json.totals.reports).toBe(5);
  });

  it('prints five rows and a totals row in the table', async () => {
    const lines = (await runCli(['stats'], { env: { NO_COLOR: '1' } })).stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^\S+-2016-12-\d\d\s/.test(l))).toHaveLength(5);
    expect(lines[lines.length - 1]).toMatch(/^total \(5\)/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
  });
});
