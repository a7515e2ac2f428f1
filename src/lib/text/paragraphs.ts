/** Paragraphs: runs of text separated by a blank line, the one splitter ingest and the reader share. */

/** A span of a text as UTF-16 offsets [start, end). */
export type Span = [number, number];

/** Paragraphs of `text[from, to)`: runs of text separated by a blank line. */
export function paragraphSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = from;
  let start = from;
  for (let m = blank.exec(text); m && m.index < to; m = blank.exec(text)) {
    const span = trimSpan(text, start, m.index);
    if (span) spans.push(span);
    start = m.index + m[0].length;
    blank.lastIndex = start;
  }
  const last = trimSpan(text, start, to);
  if (last) spans.push(last);
  return spans;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : undefined;
}
