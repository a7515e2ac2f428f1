/**
 * The merged dataset's mention columns, in parts: fixed-size chunks that mentions are copied into (no
 * doubling and copying as they grow: 5 million mentions take their 140 MB, not twice that), and views
 * of the previous layout's columns for the batches a re-ingest carries over (not copied at all: their
 * article numbers are shifted and their places renumbered as they are written). Written out column by
 * column with no second copy of the whole.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_NAMES, Checksum, emptyColumns, setMention, type FileEntry, type MentionColumns } from '../../src/lib/store/index.ts';

const CHUNK = 1 << 20;
/** The columns copied as they are (article and place are renumbered). */
const COPIED_COLUMNS = ['start', 'end', 'sentenceStart', 'sentenceEnd', 'eventDay'] as const;

interface Chunk { kind: 'chunk'; columns: MentionColumns; filled: number }
/** Rows from..to of another dataset's columns: article + shift, place placeOf[place] (then remapped). */
interface View { kind: 'view'; columns: MentionColumns; from: number; to: number; shift: number; placeOf: Int32Array }

export class MentionSink {
  private readonly parts: (Chunk | View)[] = [];
  /** The final place numbers of views' places, set by remapPlaces (view.placeOf, then this). */
  private remapped?: Uint32Array;
  length = 0;

  /** One article's mentions `src[from..to)` (copied a column at a time); places mapped as in pushBatch. */
  pushArticle(article: number, src: MentionColumns, from: number, to: number, placeOf: Int32Array, placeFor: (local: number) => number): void {
    while (from < to) {
      const chunk = this.chunkWithRoom();
      const at = chunk.filled;
      const n = Math.min(to - from, CHUNK - at);
      const { columns } = chunk;
      columns.article.fill(article, at, at + n);
      for (let i = 0; i < n; i++) columns.place[at + i] = placeNumber(placeOf, src.place[from + i], placeFor);
      for (const name of COPIED_COLUMNS) columns[name].set(src[name].subarray(from, from + n), at);
      chunk.filled += n;
      this.length += n;
      from += n;
    }
  }

  /**
   * Rows `src[from..to)` of another dataset's columns as they are, but for their article numbers
   * (plus `shift`) and places (`placeOf`, filled here for every place they name): a view, not a copy.
   */
  pushView(src: MentionColumns, from: number, to: number, shift: number, placeOf: Int32Array, placeFor: (local: number) => number): void {
    if (from === to) return;
    const places = src.place;
    for (let i = from; i < to; i++) if (placeOf[places[i]] < 0) placeOf[places[i]] = placeFor(places[i]);
    const last = this.parts[this.parts.length - 1];
    // The next rows of the same source with the same numbering extend the last view.
    if (last?.kind === 'view' && last.columns === src && last.to === from && last.shift === shift && last.placeOf === placeOf) last.to = to;
    else this.parts.push({ kind: 'view', columns: src, from, to, shift, placeOf });
    this.length += to - from;
  }

  /**
   * A batch's mentions in their order, except those of articles it drops: `articleOf[slot]` is the
   * merged article number of each slot (-1: dropped); `placeOf[local]` the merged place number of
   * each of the batch's places, -1 until `placeFor(local)` gives it at first use.
   */
  pushBatch(src: MentionColumns, articleOf: Int32Array, placeOf: Int32Array, placeFor: (local: number) => number): void {
    const count = src.article.length;
    let previousSlot = 0;
    // (the chunk is looked up again only when it is full: this loop runs for every mention of a full ingest)
    let chunk = this.chunkWithRoom();
    for (let i = 0; i < count; i++) {
      const slot = src.article[i];
      if (slot < previousSlot || slot >= articleOf.length) throw new Error('batch mentions are not in article order');
      previousSlot = slot;
      const article = articleOf[slot];
      if (article < 0) continue;
      if (chunk.filled === CHUNK) chunk = this.chunkWithRoom();
      const place = placeNumber(placeOf, src.place[i], placeFor);
      setMention(chunk.columns, chunk.filled++, article, place, src.start[i], src.end[i], src.sentenceStart[i], src.sentenceEnd[i], src.eventDay[i]);
      this.length++;
    }
  }

  /** Replace every place index p by newIndex[p]. */
  remapPlaces(newIndex: Uint32Array): void {
    for (const part of this.parts) {
      if (part.kind !== 'chunk') continue;
      const { place } = part.columns;
      for (let i = 0; i < part.filled; i++) place[i] = newIndex[place[i]];
    }
    this.remapped = newIndex;
  }

  /** Writes the columns (the layout's mentions file) into `dir`, named by their checksum, unless
   *  `intact` names that file (checked this run: a re-ingest that changed no mention writes nothing). */
  write(dir: string, intact: ReadonlySet<string>): FileEntry {
    const sum = new Checksum();
    this.forEachColumn((bytes) => sum.update(bytes));
    const path = `mentions-${sum.digest()}.bin`;
    const bytes = this.length * COLUMN_NAMES.length * 4;
    if (!intact.has(path)) {
      const tmp = join(dir, `mentions.${process.pid}.tmp`);
      const fd = openSync(tmp, 'w');
      try {
        this.forEachColumn((column) => writeSync(fd, column));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(dir, path));
    }
    return { path, bytes, checksum: sum.digest() };
  }

  private readonly placesKept = new WeakMap<Int32Array, boolean>();

  /** Does every place of a view's source keep its number (placeOf, then remapped)? Then its place
   *  rows are written as they are. Asked once the places are final (remapPlaces). */
  private keepsPlaces(placeOf: Int32Array): boolean {
    let kept = this.placesKept.get(placeOf);
    if (kept === undefined) {
      const remapped = this.remapped;
      kept = placeOf.every((place, local) => place < 0 || (remapped ? remapped[place] : place) === local);
      this.placesKept.set(placeOf, kept);
    }
    return kept;
  }

  private chunkWithRoom(): Chunk {
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === 'chunk' && last.filled < CHUNK) return last;
    const chunk: Chunk = { kind: 'chunk', columns: emptyColumns(CHUNK), filled: 0 };
    this.parts.push(chunk);
    return chunk;
  }

  /** The bytes of each column in file order, a part at a time (a view's renumbered columns through a buffer). */
  private forEachColumn(visit: (bytes: Uint8Array) => void): void {
    const scratch = new Uint32Array(Math.min(CHUNK, Math.max(0, ...this.parts.map((p) => (p.kind === 'view' ? p.to - p.from : 0)))));
    const bytesOf = (a: Uint32Array | Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.length * 4);
    for (const name of COLUMN_NAMES) {
      for (const part of this.parts) {
        if (part.kind === 'chunk') {
          visit(bytesOf(part.columns[name].subarray(0, part.filled)));
          continue;
        }
        for (let from = part.from; from < part.to; from += scratch.length) {
          const to = Math.min(part.to, from + scratch.length);
          const rows = part.columns[name].subarray(from, to);
          if (name === 'article' && part.shift !== 0) {
            for (let i = 0; i < rows.length; i++) scratch[i] = rows[i] + part.shift;
          } else if (name === 'place' && !this.keepsPlaces(part.placeOf)) {
            const { placeOf } = part;
            const remapped = this.remapped;
            for (let i = 0; i < rows.length; i++) scratch[i] = remapped ? remapped[placeOf[rows[i]]] : placeOf[rows[i]];
          } else {
            visit(bytesOf(rows));
            continue;
          }
          visit(bytesOf(scratch.subarray(0, rows.length)));
        }
      }
    }
  }
}

/** The merged number of a source's place (placeFor at its first use). */
function placeNumber(placeOf: Int32Array, local: number, placeFor: (local: number) => number): number {
  let place = placeOf[local];
  if (place < 0) place = placeOf[local] = placeFor(local);
  return place;
}
