// `init DIR`: makes a new corpus directory (manifest, gazetteer, README), refusing to overwrite any file there.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../corpus/write.js';
import { InputError, UsageError } from '../errors.js';
import { newCorpusFiles } from '../import/init.js';
import type { CommandSpec } from './index.js';

export const runInit: CommandSpec['run'] = (ctx) => {
  const given = ctx.args[0];
  if (given === undefined) throw new UsageError('init needs the directory to make');
  const dir = resolve(given);
  const files = newCorpusFiles();
  const present = files.filter((f) => existsSync(join(dir, f.name))).map((f) => f.name);
  if (present.length > 0) throw new InputError(given, `already holds ${present.join(', ')}: init never overwrites a file`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(given, `cannot be made (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  for (const file of files) writeFileAtomic(dir, file.name, file.text);
  const output = ctx.format === 'json'
    ? `${JSON.stringify({ schemaVersion: 1, command: 'init', dir, files: files.map((f) => f.name) }, null, 2)}\n`
    : files.map((f) => `wrote ${join(given, f.name)}\n`).join('');
  return { output };
};
