// Turning a report's bytes into text, or into the reason it is skipped (empty, binary, not UTF-8, too large).
import type { SkippedReport } from '../types.js';

/** The default size limit for one report, in bytes. */
export const DEFAULT_MAX_REPORT_BYTES = 2_000_000;

export type Decoded = { ok: true; text: string } | { ok: false; skipped: SkippedReport };

/** Decodes UTF-8 (a byte-order mark is removed); anything that is not a readable text report is a SkippedReport. */
export function decodeReport(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): Decoded {
  const skip = (reason: SkippedReport['reason'], message: string): Decoded => ({ ok: false, skipped: { file, reason, message } });
  if (bytes.length > maxBytes) return skip('too-large', `${bytes.length} bytes, over the limit of ${maxBytes}`);
  if (bytes.includes(0)) return skip('binary', 'contains NUL bytes: a binary file, not a text report');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip('not-utf8', `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.trim() === '') return skip('empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only white space');
  return { ok: true, text };
}

/** Byte offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
