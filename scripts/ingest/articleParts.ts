/**
 * The merged articles' metadata, in parts: a batch's article objects, or the JSON of a batch carried
 * over from the previous layout as it was written. Serialised at the end into the same bytes as
 * JSON.stringify of all the articles, with each part's byte span (the merge ledger keeps them).
 */
import type { ArticleMeta } from '../../src/lib/store/index.ts';

type Part = ArticleMeta[] | Uint8Array;

export class ArticleParts {
  private readonly parts: Part[] = [];
  count = 0;
  undated = 0;

  /** A new part of article objects (pushed with push()); returns its index. */
  startObjects(): number {
    return this.parts.push([]) - 1;
  }

  /** An article into the last part (a new one when the last holds bytes). */
  push(article: ArticleMeta): void {
    let last = this.parts[this.parts.length - 1];
    if (!Array.isArray(last)) this.parts.push((last = []));
    last.push(article);
    this.count++;
    if (!article.published) this.undated++;
  }

  /** Articles already serialised (without brackets): `count` of them, `undated` without a date. */
  addJson(json: Uint8Array, count: number, undated: number): number {
    this.count += count;
    this.undated += undated;
    return this.parts.push(json) - 1;
  }

  /** The JSON array, and each part's span [start, end) of bytes in it. */
  serialize(): { bytes: Uint8Array; spans: [number, number][] } {
    const encoder = new TextEncoder();
    const pieces = this.parts.map((part) => {
      if (!Array.isArray(part)) return part;
      const bytes = encoder.encode(JSON.stringify(part));
      return bytes.subarray(1, bytes.length - 1);
    });
    const nonEmpty = pieces.filter((p) => p.length > 0).length;
    const bytes = new Uint8Array(2 + pieces.reduce((n, p) => n + p.length, 0) + Math.max(0, nonEmpty - 1));
    const spans: [number, number][] = [];
    let at = 0;
    bytes[at++] = 0x5b; // [
    let first = true;
    for (const piece of pieces) {
      if (piece.length > 0 && !first) bytes[at++] = 0x2c; // ,
      if (piece.length > 0) first = false;
      bytes.set(piece, at);
      spans.push([at, at + piece.length]);
      at += piece.length;
    }
    bytes[at] = 0x5d; // ]
    return { bytes, spans };
  }
}
