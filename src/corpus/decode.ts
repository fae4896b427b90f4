// Turning a report's bytes into text, or into the reason it is skipped (empty, binary, not UTF-8, too large).
import { decodeWindows1252 } from '../text/encoding.js';
import type { SkippedReport } from '../types.js';

/** The default size limit for one report, in bytes. */
export const DEFAULT_MAX_REPORT_BYTES = 2_000_000;

export type Decoded = { ok: true; text: string; encoding?: 'windows-1252' } | { ok: false; skipped: SkippedReport };

/**
 * Decodes UTF-8 (a byte-order mark is removed); a file that is not UTF-8 is read as Windows-1252 (which every byte
 * sequence is), and says so. Anything else that is not a readable text report is a SkippedReport.
 */
export function decodeReport(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): Decoded {
  const skip = (reason: SkippedReport['reason'], message: string): Decoded => ({ ok: false, skipped: { file, reason, message } });
  if (bytes.length > maxBytes) return skip('too-large', `${bytes.length} bytes, over the limit of ${maxBytes}`);
  if (bytes.includes(0)) return skip('binary', 'contains NUL bytes: a binary file, not a text report');
  let text: string;
  let encoding: 'windows-1252' | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') return skip('empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only white space');
  return encoding ? { ok: true, text, encoding } : { ok: true, text };
}
