// scripts/dask-extract.py on a real engine: a dask.distributed LocalCluster of two worker processes runs `extract` per
// partition and `compare --from` on the result, with a bad input line and a worker killed mid-run. Runs when the
// system Python can import dask.distributed (Debian: python3-distributed, installed by .ci/run); else skips, saying why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, LAUNCHER, ROOT, runCli } from '../helpers/cli.js';

/** The first Python that imports dask.distributed: Debian's system python3 first, then python3 on PATH. */
function findDaskPython(): { python: string | null; why: string } {
  const tried: string[] = [];
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import dask.distributed'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, why: '' };
    tried.push(`${python}: ${probe.error ? 'not found' : (probe.stderr.trim().split('\n').pop() ?? `exit ${probe.status}`)}`);
  }
  return { python: null, why: `no python3 here can import dask.distributed (${tried.join('; ')}); apt-get install python3-distributed` };
}

const { python, why } = findDaskPython();
const SCRIPT = join(ROOT, 'scripts', 'dask-extract.py');

/** The bundled corpus as extract input, one line per report, with a line that is not JSON after the second. */
function inputWithABadLine(): { text: string; bad: string } {
  const manifest = JSON.parse(readFileSync(join(BUNDLED, 'manifest.json'), 'utf8')) as { reports: Array<{ id: string; file: string; outlet: string; published: string }> };
  const lines = manifest.reports.map((r) => JSON.stringify({ id: r.id, outlet: r.outlet, published: r.published, file: r.file, text: readFileSync(join(BUNDLED, r.file), 'utf8') }));
  const bad = '{"id": "cut-short", "text": "the line ends';
  lines.splice(2, 0, bad);
  return { text: `${lines.join('\n')}\n`, bad };
}

describe.skipIf(python === null)(python === null ? `the Dask job (skipped: ${why})` : 'the Dask job', () => {
  it('gives the bytes of compare --json, keeps the bad line\'s partition, and survives a killed worker', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'aleppo-dask-'));
    const input = join(scratch, 'reports.ndjson');
    const { text, bad } = inputWithABadLine();
    writeFileSync(input, text);
    const out = join(scratch, 'out');
    const job = spawnSync(python!, [SCRIPT, input, '--out', out, '--partitions', '4', '--workers', '2', '--command', `"${LAUNCHER}"`, '--kill-worker'], {
      encoding: 'utf8',
      env: { ...process.env, ALEPPO_CORPUS_CACHE_DIR: join(scratch, 'cache') },
      timeout: 240_000,
    });
    expect(job.status, job.stderr).toBe(0);
    expect(job.stderr).toMatch(/killed worker pid \d+/);

    const whole = await runCli(['compare', '--json']);
    expect(whole.code).toBe(0);
    expect(readFileSync(join(out, 'compare.json'), 'utf8')).toBe(whole.stdout);

    const findings = readFileSync(join(out, 'findings.ndjson'), 'utf8').split('\n').filter((l) => l !== '');
    expect(findings).toHaveLength(5); // every good report, the bad line's partition-mates included
    const rejects = readFileSync(join(out, 'rejects.ndjson'), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ id: null, input: bad });
    expect(rejects[0].reason).toMatch(/^not valid JSON/);
    expect(rejects[0].partition).toBeTypeOf('number');
  }, 300_000);
});
