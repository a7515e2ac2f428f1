/**
 * The sidebar's excerpt list as rows for its virtual list: a header row per article, then a row per
 * excerpt. Rows are resolved by position (binary search over the list's cumulative excerpt counts),
 * so a range change makes no row object per excerpt; only rows on screen are made.
 */
import type { ExcerptGroup, ExcerptList } from '../index/index';

export type ExcerptRow = { kind: 'group'; group: ExcerptGroup } | { kind: 'excerpt'; group: ExcerptGroup; index: number };

/** The rows of a list, by position. */
export interface ExcerptRows {
  /** Header rows plus excerpt rows. */
  readonly length: number;
  /** Row `position` (0 ≤ position < length); building it makes only its group, not its excerpts. */
  at(position: number): ExcerptRow;
}

/** Rows of `list` resolved on access. */
export function excerptRows(list: ExcerptList): ExcerptRows {
  return {
    length: list.length + list.excerptCount,
    at(position: number): ExcerptRow {
      if (!(position >= 0 && position < list.length + list.excerptCount)) throw new RangeError(`excerpt rows: no row ${position}`);
      // The header of group g sits at g + excerptsBefore(g): find the last header at or before the row.
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (mid + list.excerptsBefore(mid) <= position) lo = mid;
        else hi = mid - 1;
      }
      const group = list.at(lo);
      const header = lo + list.excerptsBefore(lo);
      return position === header ? { kind: 'group', group } : { kind: 'excerpt', group, index: position - header - 1 };
    },
  };
}

/**
 * The rows as a read-only array for a virtual list that takes one (virtua reads only `length` and
 * `[i]`): a Proxy that resolves an index on access and keeps the rows it made, so a row read twice
 * is the same object.
 */
export function rowArray(rows: ExcerptRows): readonly ExcerptRow[] {
  const made = new Map<number, ExcerptRow>();
  return new Proxy([] as ExcerptRow[], {
    get(target, key, receiver) {
      if (key === 'length') return rows.length;
      if (typeof key === 'string') {
        const position = Number(key);
        if (Number.isInteger(position) && position >= 0 && String(position) === key) {
          if (position >= rows.length) return undefined;
          let row = made.get(position);
          if (!row) made.set(position, (row = rows.at(position)));
          return row;
        }
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

/** A stable key for a row: the article's id, and the excerpt's place in it. */
export function excerptRowKey(row: ExcerptRow): string {
  return row.kind === 'group' ? row.group.article.id : `${row.group.article.id}:${row.index}`;
}
