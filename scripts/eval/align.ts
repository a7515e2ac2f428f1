/**
 * The pipeline cleans an article's text (whitespace, clutter) before geoparsing, so its mention
 * offsets are into the cleaned text. The benchmark's offsets are into the original: each mention's
 * surface form is found again in the original, in order, from where the previous one ended.
 */
export interface Span { start: number; end: number }

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of each surface form in `original`, searched in order; undefined when not found. */
export function alignSpans(original: string, surfaces: readonly string[]): (Span | undefined)[] {
  let cursor = 0;
  return surfaces.map((surface) => {
    // Whitespace inside a name may have been normalised by cleaning: any run of it matches.
    const pattern = new RegExp(surface.trim().split(/\s+/).map(escape).join('\\s+'), 'gu');
    pattern.lastIndex = cursor;
    const hit = pattern.exec(original);
    if (!hit) return undefined;
    cursor = hit.index + hit[0].length;
    return { start: hit.index, end: cursor };
  });
}
