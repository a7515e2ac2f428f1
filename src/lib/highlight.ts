/**
 * Splits a text into plain and marked segments, so components can render mentions inside
 * `<mark>` as text nodes (never as HTML: article text is untrusted).
 */
export interface Span { start: number; end: number }
export type Segment<M extends Span> = { text: string; mark?: M };

/** `marks` must be sorted by start; overlapping marks after the first are skipped. */
export function splitByMarks<M extends Span>(text: string, marks: readonly M[], offset = 0): Segment<M>[] {
  const out: Segment<M>[] = [];
  let at = 0;
  for (const mark of marks) {
    const start = mark.start - offset;
    const end = mark.end - offset;
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), mark });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Only http(s) links are shown to users; anything else (javascript:, data:, garbage) is dropped. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
