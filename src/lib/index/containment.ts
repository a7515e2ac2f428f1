/**
 * Which places lie inside an oblast (admin-1): by `parent` links where known (exact where
 * simplified polygons blur a border), else by point-in-polygon for point-like places.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
// The two turf packages, not @turf/turf: importing all of turf costs ingest workers ~2 s each.
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Place, PlaceKind } from '../dataset';
import type { OblastCollection } from './types';

/** Kinds whose lon/lat stands for the whole place, so a point-in-polygon test says where it is.
 *  Rivers, seas, reservoirs, canals, regions and admin units span borders: their representative
 *  point would put e.g. the Dnipro "inside" whichever oblast holds it, so they count as inside only
 *  through `parent`. */
const POINT_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['city', 'town', 'village', 'dam', 'power_plant']);

export class Containment {
  private readonly cache = new Map<string, string[]>();
  private readonly oblastFeatures = new Map<string, Feature<Polygon | MultiPolygon>>();

  constructor(private readonly places: readonly Place[], private readonly placeIds: ReadonlyMap<string, number>, oblasts?: OblastCollection) {
    for (const f of oblasts?.features ?? []) {
      const id = f.id ?? (f.properties as { id?: unknown } | null)?.id;
      if (id !== undefined && id !== null) this.oblastFeatures.set(String(id), f);
    }
  }

  placesInside(oblastId: string): string[] {
    let inside = this.cache.get(oblastId);
    if (inside) return inside;
    inside = [];
    const feature = this.oblastFeatures.get(oblastId);
    // A bounding-box test first: most places are far away, and the polygon test walks every vertex.
    const [west, south, east, north] = feature ? bbox(feature) : [0, 0, 0, 0];
    const inPolygon = (p: Place): boolean => feature !== undefined
      && p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north
      && booleanPointInPolygon([p.lon, p.lat], feature);
    const byId = this.placeIds;
    const places = this.places;
    // Walk `parent` links up to the first admin-1 place (the step limit guards against cycles).
    const admin1Of = (p: Place): string | undefined => {
      let cur: Place | undefined = p;
      for (let steps = 0; cur?.parent !== undefined && steps < places.length; steps++) {
        const next = byId.get(cur.parent);
        if (next === undefined) return cur.parent === oblastId ? oblastId : undefined;
        cur = places[next];
        if (cur.kind === 'admin1') return cur.id;
      }
      return undefined;
    };
    for (const p of places) {
      if (p.id === oblastId) continue;
      // A known admin-1 parent (GeoNames admin codes) decides: it is exact where simplified
      // polygons blur a border. Only places without one are placed by their point.
      const admin1 = admin1Of(p);
      const isInside = admin1 !== undefined
        ? admin1 === oblastId
        : POINT_KINDS.has(p.kind) && inPolygon(p);
      if (isInside) inside.push(p.id);
    }
    this.cache.set(oblastId, inside);
    return inside;
  }

}
