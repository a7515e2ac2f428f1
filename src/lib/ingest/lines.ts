/** A line of an article body as the cleaning rules see it, and the shapes they test. */

/** One line: its text, the block (run of lines without a blank line) it came from, and whether it stays. */
export interface Line { text: string; block: number; keep: boolean }

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * A line that reads like a headline or a link label: it does not end like a sentence (no final
 * punctuation, no trailing colon or comma), is not a list item, and is at most 25 words long.
 */
export function isHeadlineLike(text: string): boolean {
  // A 25-word line is rarely longer than 300 characters; longer lines are prose (cheap early exit).
  if (text.length > 300) return false;
  const tail = text.slice(-8);
  if (SENTENCE_END.test(tail) || /[:;,]["'”’»)\]]*$/u.test(tail)) return false;
  if (/^[•·▪◦‣*+–—-]\s|^\d{1,2}[.)]\s/u.test(text)) return false;
  return wordCount(text, 26) <= 25;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words in `text`, counting no further than `limit` (callers only compare with small numbers). */
export function wordCount(text: string, limit = Infinity): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.exec(text)) count++;
  WORD.lastIndex = 0;
  return count;
}
