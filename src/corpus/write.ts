// Writing a file into a corpus atomically (check --update's facts lock, import's reports and manifest): the only code
// that writes into a corpus.
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { crypto } from '../builtins.js';
import { InputError } from '../errors.js';

/**
 * Writes `data` (a string as UTF-8, or bytes as they are) to `name` in `dir` atomically: a temporary file in the same directory, flushed to disk, then
 * renamed over the target, so a reader sees the old file or the new one, never a part. An existing file's mode is kept.
 */
export function writeFileAtomic(dir: string, name: string, data: string | Uint8Array): void {
  const target = join(dir, name);
  const temporary = join(dir, `.${name}.${process.pid}.${crypto().randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    writeFileSync(fd, data);
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
