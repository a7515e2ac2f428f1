/**
 * Mentions as columns: one typed array per field, index = mention number (article-major, in the
 * order ingest found them). 5 million mentions are 140 MB of flat memory instead of 5 million
 * objects, and the file (`mentions.bin`) is the columns back to back, read with no parsing.
 * Byte order is little-endian, the order of every platform the page and ingest run on.
 */

/** Event day of a mention whose text gives none. Day numbers are days since 1970-01-01. */
export const NO_DAY = -0x80000000;

export interface MentionColumns {
  /** Index into the articles list. */
  article: Uint32Array;
  /** Index into the places list. */
  place: Uint32Array;
  /** UTF-16 offsets of the mention in its article's text. */
  start: Uint32Array;
  end: Uint32Array;
  /** The excerpt's span in the text. */
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  /** The event date the text gives for the excerpt, as a day number, or NO_DAY. */
  eventDay: Int32Array;
}

export const COLUMN_NAMES = ['article', 'place', 'start', 'end', 'sentenceStart', 'sentenceEnd', 'eventDay'] as const;
export const BYTES_PER_MENTION = COLUMN_NAMES.length * 4;

/** Writes one mention (a row across the seven columns) at `at`. */
export function setMention(
  c: MentionColumns, at: number,
  article: number, place: number, start: number, end: number, sentenceStart: number, sentenceEnd: number, eventDay: number,
): void {
  c.article[at] = article;
  c.place[at] = place;
  c.start[at] = start;
  c.end[at] = end;
  c.sentenceStart[at] = sentenceStart;
  c.sentenceEnd[at] = sentenceEnd;
  c.eventDay[at] = eventDay;
}

export function emptyColumns(count: number): MentionColumns {
  return {
    article: new Uint32Array(count), place: new Uint32Array(count), start: new Uint32Array(count), end: new Uint32Array(count),
    sentenceStart: new Uint32Array(count), sentenceEnd: new Uint32Array(count), eventDay: new Int32Array(count),
  };
}

export function columnsLength(columns: MentionColumns): number {
  return columns.article.length;
}

export function encodeColumns(columns: MentionColumns): Uint8Array {
  const count = columnsLength(columns);
  const out = new Uint8Array(count * BYTES_PER_MENTION);
  COLUMN_NAMES.forEach((name, k) => {
    const column = columns[name];
    if (column.length !== count) throw new Error(`mention column ${name} has ${column.length} entries, expected ${count}`);
    out.set(new Uint8Array(column.buffer, column.byteOffset, count * 4), k * count * 4);
  });
  return out;
}

/** The columns in `bytes` (views on one aligned copy), checked to hold exactly `count` mentions. */
export function decodeColumns(bytes: Uint8Array, count: number, file: string): MentionColumns {
  if (bytes.length !== count * BYTES_PER_MENTION) {
    throw new Error(`${file}: ${bytes.length} bytes, expected ${count * BYTES_PER_MENTION} for ${count} mentions; the file is truncated or from another dataset`);
  }
  // (a copy when unaligned: new Uint8Array(bytes), since a Node Buffer's slice() is a view)
  const buffer = bytes.byteOffset % 4 === 0 ? bytes.buffer : new Uint8Array(bytes).buffer;
  const base = bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0;
  const at = (k: number) => base + k * count * 4;
  return {
    article: new Uint32Array(buffer, at(0), count),
    place: new Uint32Array(buffer, at(1), count),
    start: new Uint32Array(buffer, at(2), count),
    end: new Uint32Array(buffer, at(3), count),
    sentenceStart: new Uint32Array(buffer, at(4), count),
    sentenceEnd: new Uint32Array(buffer, at(5), count),
    eventDay: new Int32Array(buffer, at(6), count),
  };
}

/** Columns that grow as mentions are appended (ingest's merge), doubling like an array. */
export class ColumnBuilder {
  private columns = emptyColumns(1024);
  length = 0;

  push(article: number, place: number, start: number, end: number, sentenceStart: number, sentenceEnd: number, eventDay: number): void {
    if (this.length === this.columns.article.length) this.grow();
    setMention(this.columns, this.length++, article, place, start, end, sentenceStart, sentenceEnd, eventDay);
  }

  /** The filled part (views, no copy). */
  finish(): MentionColumns {
    const c = this.columns;
    const n = this.length;
    return {
      article: c.article.subarray(0, n), place: c.place.subarray(0, n), start: c.start.subarray(0, n), end: c.end.subarray(0, n),
      sentenceStart: c.sentenceStart.subarray(0, n), sentenceEnd: c.sentenceEnd.subarray(0, n), eventDay: c.eventDay.subarray(0, n),
    };
  }

  private grow(): void {
    const bigger = emptyColumns(this.columns.article.length * 2);
    for (const name of COLUMN_NAMES) (bigger[name] as Uint32Array | Int32Array).set(this.columns[name]);
    this.columns = bigger;
  }
}
