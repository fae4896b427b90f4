// Decoding text in Windows-1252, the encoding of most files that are not UTF-8 (and what `latin1` means on the web).

/** windows-1252's characters at 0x80-0x9F (curly quotes, dashes, €...), by byte; the five unassigned bytes are absent. */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/**
 * windows-1252 (what `latin1` and `iso-8859-1` labels mean on the web). Node 20's TextDecoder reads it as ISO-8859-1,
 * giving C1 control characters for 0x80-0x9F, so those bytes are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0)] ?? c);
}
