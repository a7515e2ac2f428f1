/**
 * The pipeline cleans an article's text (whitespace, clutter) before geoparsing, so its mention
 * offsets are into the cleaned text. The benchmark's offsets are into the original: each mention's
 * surface form is found again in the original at the occurrence nearest to where it is expected
 * (its cleaned offset shifted by how far the previous mention moved), so a name the pipeline did not
 * mark earlier in the text is not taken for it.
 */
export interface Span { start: number; end: number }
export interface Located { surface: string; start: number }

/** How far from its expected place a surface form is looked for. */
const WINDOW = 2000;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of each mention in `original` (mentions in text order); undefined when not found. */
export function alignSpans(original: string, mentions: readonly Located[]): (Span | undefined)[] {
  let drift = 0;
  let cursor = 0;
  return mentions.map(({ surface, start }) => {
    // Whitespace inside a name may have been normalised by cleaning: any run of it matches.
    const pattern = new RegExp(surface.trim().split(/\s+/).map(escape).join('\\s+'), 'gu');
    const expected = start + drift;
    pattern.lastIndex = Math.max(cursor, expected - WINDOW);
    let best: Span | undefined;
    for (let hit = pattern.exec(original); hit && hit.index <= expected + WINDOW; hit = pattern.exec(original)) {
      const span = { start: hit.index, end: hit.index + hit[0].length };
      if (!best || Math.abs(span.start - expected) < Math.abs(best.start - expected)) best = span;
      else break;
    }
    if (!best) return undefined;
    drift = best.start - start;
    cursor = best.end;
    return best;
  });
}
