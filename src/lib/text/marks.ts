/**
 * Splits a text into plain and marked segments, so components can render mentions inside
 * `<mark>` as text nodes (never as HTML: article text is untrusted).
 */
import { paragraphSpans } from './paragraphs.ts';

/** A marked stretch of a text: UTF-16 offsets [start, end). */
export interface MarkRange { start: number; end: number }
export type Segment<M extends MarkRange> = { text: string; mark?: M };

/** `marks` must be sorted by start; overlapping marks after the first are skipped. */
export function splitByMarks<M extends MarkRange>(text: string, marks: readonly M[], offset = 0): Segment<M>[] {
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

/** One paragraph of a text with its marked segments; `start` is its offset in the text. */
export interface MarkedParagraph<M extends MarkRange> { start: number; segments: Segment<M>[] }

/**
 * A whole text as paragraphs (see paragraphSpans) with their marks. `marks` hold offsets into the
 * whole text, sorted by start; a mark that would cross a paragraph break is left out.
 */
export function markedParagraphs<M extends MarkRange>(text: string, marks: readonly M[]): MarkedParagraph<M>[] {
  return paragraphSpans(text).map(([start, end]) => ({
    start,
    segments: splitByMarks(text.slice(start, end), marks.filter((m) => m.start >= start && m.end <= end), start),
  }));
}
