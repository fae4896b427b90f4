// Command-line conventions: -v, help that lists the global options, --quiet, --output, shell completion.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { runCli, tempCorpus } from '../helpers/cli.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('version and help', () => {
  it('-v and -V both print the version', async () => {
    for (const flag of ['-v', '-V', '--version']) expect(await runCli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it("every command's --help lists the global options it takes and an example", async () => {
    for (const { name } of COMMANDS) {
      const { code, stdout } = await runCli([name, '--help']);
      expect(code, name).toBe(0);
      const globals = stdout.slice(stdout.indexOf('Global Options:'));
      for (const option of ['--corpus <dir>', '--format <format>', '--json', '--no-color', '--report <id>', '-o, --output <file>', '-q, --quiet']) {
        expect(globals, `${name}: ${option}`).toContain(option);
      }
      expect(stdout, name).toMatch(new RegExp(`Example:\\n  \\$ aleppo-corpus ${name}`));
    }
  });

  it('compare --help says what each verdict means', async () => {
    const { stdout } = await runCli(['compare', '--help']);
    for (const verdict of ['agree', 'diverge', 'changed', 'single']) expect(stdout).toMatch(new RegExp(`^  ${verdict} +\\S`, 'm'));
  });
});

describe('--quiet', () => {
  it('drops the warnings, keeps the output', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'zz-empty.txt'), '');
    const loud = await runCli(['stats', '--json', '--corpus', dir]);
    expect(loud.stderr).toMatch(/warning: zz-empty\.txt: skipped/);
    const quiet = await runCli(['stats', '--json', '--corpus', dir, '--quiet']);
    expect(quiet).toEqual({ code: 0, stdout: loud.stdout, stderr: '' });
  });

  it('keeps the errors', async () => {
    const result = await runCli(['stats', '-q', '--corpus', '/no/such/corpus']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'aleppo-corpus: error: /no/such/corpus: corpus directory not found\n' });
  });
});

describe('--output', () => {
  it('writes what stdout would have had to the file, replacing it whole, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aleppo-output-'));
    const file = join(dir, 'figures.csv');
    writeFileSync(file, 'an older, longer file that must not survive in part\n'.repeat(200));
    const expected = (await runCli(['figures', '--format', 'csv'])).stdout;
    const result = await runCli(['figures', '--format', 'csv', '--output', file]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(readdirSync(dir)).toEqual(['figures.csv']);
  });

  it('gathers a streamed output (extract) into the file too', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aleppo-output-')), 'findings.ndjson');
    const input = `${JSON.stringify({ id: 'r1', outlet: null, published: '2016-12-22', text: 'Convoy leaves\n\nAt least 20 buses left on Thursday, officials said.\n' })}\n`;
    const result = await runCli(['extract', '--jobs', '1', '-o', file], { input });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).report.id).toBe('r1');
  });

  it('a file that cannot be written: one line naming it, exit 2, nothing written', async () => {
    const file = join(tmpdir(), 'no-such-directory-for-aleppo', 'stats.csv');
    const result = await runCli(['stats', '--output', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aleppo-corpus: error: .*no-such-directory-for-aleppo\/stats\.csv: cannot be written \(ENOENT\)\n$/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('completion', () => {
  const script = async (shell: string): Promise<string> => {
    const result = await runCli(['completion', shell]);
    expect(result.code).toBe(0);
    return result.stdout;
  };

  it('bash: completes commands, the options of the command typed, and option values', async () => {
    const bash = await script('bash');
    const complete = (...words: string[]): string[] => {
      const program = `${bash}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _aleppo_corpus; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const result = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter(Boolean).sort();
    };
    expect(complete('aleppo-corpus', 'comp')).toEqual(['compare', 'completion']);
    expect(complete('aleppo-corpus', '--format', 'c')).toEqual(['csv']);
    expect(complete('aleppo-corpus', '--corpus', 'x', 'kwic', '--w')).toEqual(['--window']);
    expect(complete('aleppo-corpus', 'stats', '--qu')).toEqual(['--quiet']);
  });

  it('zsh and fish: every command and global option', async () => {
    const zsh = await script('zsh');
    expect(zsh).toMatch(/^#compdef aleppo-corpus\n/);
    expect(zsh).toContain('bashcompinit');
    const fish = await script('fish');
    for (const { name } of COMMANDS) expect(fish).toContain(`-n __fish_use_subcommand -a ${name} `);
    expect(fish).toContain("complete -c aleppo-corpus -l format -x -a 'table json ndjson csv markdown github html'");
    expect(fish).toContain("-n '__fish_seen_subcommand_from kwic' -l window -x");
  });

  it('an unknown shell is a usage error', async () => {
    expect(await runCli(['completion', 'tcsh'])).toEqual({ code: 2, stdout: '', stderr: "aleppo-corpus: error: no completion for 'tcsh' (choose from bash, zsh, fish)\n" });
  });
});
