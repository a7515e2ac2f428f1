/** One gazetteer place, and what the dataset keeps of it. */
import type { Place, PlaceKind } from '../dataset';

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
  /** GeoNames id, for places that come from GeoNames. */
  geonames?: number;
  /** Id of the place this one is named after (Kherson Oblast -> kherson, Kakhovka Dam -> kakhovka):
   *  lets a cue word ("Kherson region", "bendungan Kakhovka") choose this entry for the bare name. */
  eponym?: string;
  /** The seat of government of its country (PPLC) or of its first-level subdivision (PPLA). */
  seat?: 'capital' | 'admin1';
}

/** The dataset's Place for an entry, with all its names for the app's search box. */
export function toDatasetPlace(e: GazetteerEntry): Place {
  const place: Place = { id: e.id, name: e.name, kind: e.kind, lon: e.lon, lat: e.lat, names: [...e.names] };
  if (e.iso) place.iso = e.iso;
  if (e.parent) place.parent = e.parent;
  return place;
}
