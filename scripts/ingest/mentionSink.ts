/**
 * The merged dataset's mention columns, held in fixed-size chunks (no doubling and copying as they
 * grow: 5 million mentions take their 140 MB, not twice that) and written out column by column
 * with no second copy of the whole.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_NAMES, Checksum, emptyColumns, setMention, type FileEntry, type MentionColumns } from '../../src/lib/store/index.ts';

const CHUNK = 1 << 20;
/** The columns copied as they are (article and place are renumbered). */
const COPIED_COLUMNS = ['start', 'end', 'sentenceStart', 'sentenceEnd', 'eventDay'] as const;

export class MentionSink {
  private readonly chunks: MentionColumns[] = [];
  length = 0;

  push(article: number, place: number, start: number, end: number, sentenceStart: number, sentenceEnd: number, eventDay: number): void {
    const at = this.length % CHUNK;
    if (at === 0) this.chunks.push(emptyColumns(CHUNK));
    setMention(this.chunks[this.chunks.length - 1], at, article, place, start, end, sentenceStart, sentenceEnd, eventDay);
    this.length++;
  }

  /**
   * Mentions `src[from..to)`, copied a column at a time: their article is `fixed` (one article's
   * mentions, when merging layouts) or their own plus `shift` (a batch carried over from the previous
   * layout); places mapped as in pushBatch.
   */
  pushRange(src: MentionColumns, from: number, to: number, article: { fixed: number } | { shift: number }, placeOf: Int32Array, placeFor: (local: number) => number): void {
    while (from < to) {
      const at = this.length % CHUNK;
      if (at === 0) this.chunks.push(emptyColumns(CHUNK));
      const chunk = this.chunks[this.chunks.length - 1];
      const n = Math.min(to - from, CHUNK - at);
      const [articles, places, srcArticles, srcPlaces] = [chunk.article, chunk.place, src.article, src.place];
      if ('fixed' in article) articles.fill(article.fixed, at, at + n);
      else for (let i = 0, shift = article.shift; i < n; i++) articles[at + i] = srcArticles[from + i] + shift;
      for (let i = 0; i < n; i++) {
        const local = srcPlaces[from + i];
        let place = placeOf[local];
        if (place < 0) place = placeOf[local] = placeFor(local);
        places[at + i] = place;
      }
      for (const name of COPIED_COLUMNS) chunk[name].set(src[name].subarray(from, from + n), at);
      this.length += n;
      from += n;
    }
  }

  /**
   * A batch's mentions in their order, except those of articles it drops: `articleOf[slot]` is the
   * merged article number of each slot (-1: dropped); `placeOf[local]` the merged place number of
   * each of the batch's places, -1 until `placeFor(local)` gives it at first use.
   */
  pushBatch(src: MentionColumns, articleOf: Int32Array, placeOf: Int32Array, placeFor: (local: number) => number): void {
    const count = src.article.length;
    let chunk = this.chunks[this.chunks.length - 1];
    let at = this.length % CHUNK;
    let previousSlot = 0;
    for (let i = 0; i < count; i++) {
      const slot = src.article[i];
      if (slot < previousSlot || slot >= articleOf.length) throw new Error('batch mentions are not in article order');
      previousSlot = slot;
      const article = articleOf[slot];
      if (article < 0) continue;
      if (at === 0) this.chunks.push((chunk = emptyColumns(CHUNK)));
      const local = src.place[i];
      let place = placeOf[local];
      if (place < 0) place = placeOf[local] = placeFor(local);
      setMention(chunk, at, article, place, src.start[i], src.end[i], src.sentenceStart[i], src.sentenceEnd[i], src.eventDay[i]);
      this.length++;
      at = this.length % CHUNK;
    }
  }

  /** Replace every place index p by newIndex[p]. */
  remapPlaces(newIndex: Uint32Array): void {
    this.forEachFilled((c, n) => {
      for (let i = 0; i < n; i++) c.place[i] = newIndex[c.place[i]];
    });
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

  /** The bytes of each column in file order, a chunk at a time. */
  private forEachColumn(visit: (bytes: Uint8Array) => void): void {
    for (const name of COLUMN_NAMES) {
      this.forEachFilled((c, n) => {
        const column = c[name];
        visit(new Uint8Array(column.buffer, column.byteOffset, n * 4));
      });
    }
  }

  private forEachFilled(visit: (chunk: MentionColumns, filled: number) => void): void {
    this.chunks.forEach((c, k) => visit(c, Math.min(CHUNK, this.length - k * CHUNK)));
  }
}
