/** Paragraphs: runs of text separated by a blank line, the one splitter ingest and the reader share. */

/** A span of a text as UTF-16 offsets [start, end). */
export type Span = [number, number];

/** Paragraphs of `text[from, to)`: runs of text separated by a blank line. */
export function paragraphSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let blank = blankLineAt(text, from); blank !== undefined && blank[0] < to; blank = blankLineAt(text, blank[1])) {
    const span = trimSpan(text, start, blank[0]);
    if (span) spans.push(span);
    start = blank[1];
  }
  const last = trimSpan(text, start, to);
  if (last) spans.push(last);
  return spans;
}

/**
 * The first blank line (/\n[ \t]*\n/) at or after `from`, as [start, end). indexOf finds line
 * breaks faster than the regex, which tries every character (paragraphs are split on every read).
 */
function blankLineAt(text: string, from: number): Span | undefined {
  for (let i = text.indexOf('\n', from); i !== -1; ) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    if (j < text.length && text.charCodeAt(j) === 0x0a) return [i, j + 1];
    i = text.indexOf('\n', j);
  }
  return undefined;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : undefined;
}
