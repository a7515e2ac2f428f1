/** The growing list of entries during a build: unique ids, and the id rules for namesakes. */
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import { slugify } from '../../src/lib/names/index';
import { fail } from './packages';

export const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function uniq(names: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const t = n?.replace(/[\t\n]/g, ' ').trim();
    if (t && !seen.has(t)) { seen.add(t); out.push(t); }
  }
  return out;
}

export class EntryList {
  readonly entries: GazetteerEntry[] = [];
  private readonly ids = new Map<string, GazetteerEntry>();
  /** Ids promised to entries added later: freeId() skips them. */
  private readonly reserved = new Set<string>();

  reserve(id: string): void {
    this.reserved.add(id);
  }

  add(e: GazetteerEntry): GazetteerEntry {
    if (this.ids.has(e.id)) fail(`duplicate id ${e.id}`);
    if (!e.id) fail(`entry "${e.name}" has an empty id`);
    this.ids.set(e.id, e);
    this.entries.push(e);
    return e;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  private taken(id: string): boolean {
    return this.ids.has(id) || this.reserved.has(id);
  }

  get(id: string): GazetteerEntry | undefined {
    return this.ids.get(id);
  }

  /** The slug of the name, or with a qualifier (then a number) when a namesake holds it. */
  freeId(name: string, qualifier: string, tiebreak: string | number): string {
    const base = slugify(name);
    if (!this.taken(base)) return base;
    const qualified = `${base}-${slugify(qualifier)}`;
    if (!this.taken(qualified)) return qualified;
    return `${qualified}-${tiebreak}`;
  }
}
