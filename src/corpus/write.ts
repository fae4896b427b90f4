// The files `check` keeps in a corpus (facts lock, accepted problems): read, and written atomically; the only corpus writer.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** The text of `name` in the corpus directory, UTF-8 with any byte-order mark removed; null when there is no such file. */
export function readCorpusFile(dir: string, name: string): string | null {
  try {
    return readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Writes `text` (UTF-8) to `name` in `dir` atomically: a temporary file in the same directory, flushed to disk, then
 * renamed over the target, so a reader sees the old file or the new one, never a part. An existing file's mode is kept.
 */
export function writeFileAtomic(dir: string, name: string, text: string): void {
  const target = join(dir, name);
  const temporary = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    const mode = existingMode(target);
    if (mode !== null) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // the temporary file was not created, or is already renamed
    }
    throw new InputError(target, `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function existingMode(path: string): number | null {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return null;
  }
}
