// Cutting long text into pieces for compromise, whose cost grows faster than linearly on long unpunctuated text.

/** Longest text handed to compromise at once, in characters: its cost grows faster than linearly on long unpunctuated text. */
const NLP_CHUNK = 2000;

/** Splits text into chunks of at most about NLP_CHUNK characters, at a sentence end or a space where possible; each with its start. */
export function nlpChunks(text: string): Array<{ start: number; text: string }> {
  const chunks: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + NLP_CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
      const space = window.lastIndexOf(' ');
      const cut = sentenceEnd > NLP_CHUNK / 2 ? sentenceEnd + 1 : space > NLP_CHUNK / 2 ? space : -1;
      if (cut > 0) end = start + cut;
    }
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}
