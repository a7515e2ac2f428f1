/** The gazetteer: every place the geoparser can find, by id, with parents and eponyms. */
import type { GazetteerEntry } from './entry';

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly byId: Map<string, GazetteerEntry>;
  /** Entries named after each id (kherson -> [kherson-oblast]). */
  private readonly byEponym: Map<string, GazetteerEntry[]>;

  /**
   * One-word names that are also common words (lowercase: "nice", "reading", "mobile"): the
   * geoparser reads them as places only with support (see src/lib/geoparse/README.md).
   */
  readonly commonWords: ReadonlySet<string>;

  /** Common first names ("Mary", "George", "Tyler"), as written: persons' names around places. */
  readonly firstNames: ReadonlySet<string>;

  constructor(entries: readonly GazetteerEntry[], file = 'gazetteer', words: { commonWords?: Iterable<string>; firstNames?: Iterable<string> } = {}) {
    this.entries = entries;
    this.commonWords = new Set(words.commonWords);
    this.firstNames = new Set(words.firstNames);
    this.byId = new Map();
    this.byEponym = new Map();
    for (const e of entries) {
      if (this.byId.has(e.id)) throw new Error(`${file}: duplicate place id "${e.id}"`);
      this.byId.set(e.id, e);
    }
    for (const e of entries) {
      if (e.parent && !this.byId.has(e.parent)) throw new Error(`${file}: "${e.id}" has unknown parent "${e.parent}"`);
      if (e.eponym) {
        if (!this.byId.has(e.eponym)) throw new Error(`${file}: "${e.id}" has unknown eponym "${e.eponym}"`);
        const list = this.byEponym.get(e.eponym) ?? [];
        list.push(e);
        this.byEponym.set(e.eponym, list);
      }
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Places named after `id` (its oblast, dam, reservoir...). */
  namedAfter(id: string): readonly GazetteerEntry[] {
    return this.byEponym.get(id) ?? [];
  }

  /** Every surface name (for the benchmark baseline scan). */
  *allNames(): Iterable<string> {
    for (const e of this.entries) yield* e.names;
  }

  /** The chain of parents, nearest first (kherson -> kherson-oblast -> ukraine). */
  ancestors(id: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    let e = this.byId.get(id);
    while (e?.parent && out.length < 8) {
      e = this.byId.get(e.parent);
      if (e) out.push(e);
    }
    return out;
  }
}
