/**
 * The gazetteer: every place the geoparser can find, by id, with parents and eponyms. It reads the
 * decoded columns directly and builds an entry object only when one is asked for (then keeps it),
 * so loading the world does not cost 140,000 objects that one article never touches.
 */
import { decodeEntry, entryId, type GazetteerColumns } from './binary';
import type { GazetteerEntry } from './entry';

export class Gazetteer {
  private readonly columns: GazetteerColumns;
  private readonly built: (GazetteerEntry | undefined)[];
  /** Entry numbers of the entries built so far (a lookup by id then skips the binary search). */
  private readonly indexById = new Map<string, number>();
  /** Entries named after each entry (kherson -> [kherson-oblast]), by entry index. */
  private readonly byEponym = new Map<number, number[]>();
  private everyEntry: readonly GazetteerEntry[] | undefined;

  /**
   * One-word names that are also common words (lowercase: "nice", "reading", "mobile"): the
   * geoparser reads them as places only with support (see src/lib/geoparse/README.md).
   */
  readonly commonWords: ReadonlySet<string>;

  /** Common first names ("Mary", "George", "Tyler"), as written: persons' names around places. */
  readonly firstNames: ReadonlySet<string>;

  constructor(columns: GazetteerColumns) {
    this.columns = columns;
    this.built = new Array(columns.count);
    this.commonWords = new Set(columns.header.commonWords);
    this.firstNames = new Set(columns.header.firstNames);
    const { eponym } = columns;
    for (let i = 0; i < columns.count; i++) {
      if (eponym[i] < 0) continue;
      const list = this.byEponym.get(eponym[i]);
      if (list) list.push(i);
      else this.byEponym.set(eponym[i], [i]);
    }
  }

  get size(): number {
    return this.columns.count;
  }

  /** Byte sections other modules stored in the file (the geoparser's name index). */
  section(name: string): Uint8Array | undefined {
    return this.columns.sections[name];
  }

  /** Entry number i (0 <= i < size; the file's order, which is by id). */
  at(i: number): GazetteerEntry {
    let e = this.built[i];
    if (!e) {
      e = decodeEntry(this.columns, i);
      this.built[i] = e;
      this.indexById.set(e.id, i);
    }
    return e;
  }

  /** The id of entry i, without building the entry. */
  idAt(i: number): string {
    return this.built[i]?.id ?? entryId(this.columns, i);
  }

  /** Entry number of an id (binary search: entries are sorted by id), -1 if none. */
  indexOf(id: string): number {
    const known = this.indexById.get(id);
    if (known !== undefined) return known;
    let low = 0;
    let high = this.columns.count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const x = entryId(this.columns, mid);
      if (x === id) return mid;
      if (x < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  get(id: string): GazetteerEntry | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.at(i);
  }

  /** Every entry (built on first use: tests and tools that look at the whole world). */
  get entries(): readonly GazetteerEntry[] {
    if (!this.everyEntry) {
      const all: GazetteerEntry[] = new Array(this.columns.count);
      for (let i = 0; i < all.length; i++) all[i] = this.at(i);
      this.everyEntry = all;
    }
    return this.everyEntry;
  }

  /** Places named after `id` (its oblast, dam, reservoir...). */
  namedAfter(id: string): readonly GazetteerEntry[] {
    if (!this.byEponym.size) return [];
    const list = this.byEponym.get(this.indexOf(id));
    return list ? list.map((i) => this.at(i)) : [];
  }

  /** Every surface name (for the benchmark baseline scan). */
  *allNames(): Iterable<string> {
    for (const e of this.entries) yield* e.names;
  }

  /** The chain of parents, nearest first (kherson -> kherson-oblast -> ukraine). */
  ancestors(id: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    let i = this.indexOf(id);
    while (i >= 0 && out.length < 8) {
      i = this.columns.parent[i];
      if (i >= 0) out.push(this.at(i));
    }
    return out;
  }
}
