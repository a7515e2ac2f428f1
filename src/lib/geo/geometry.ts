/**
 * Small pure geometry helpers for building the geo files reproducibly: rounding, chaining line
 * pieces into one line, and a deterministic GeoJSON serialisation (same input, same bytes).
 */
import type { Geometry, Position } from 'geojson';

/** Round to `decimals` places (5 ≈ 1 m, 4 ≈ 11 m at these latitudes). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

const roundPos = (p: Position, d: number): Position => [roundTo(p[0], d), roundTo(p[1], d)];

/** Rounds a line's positions and drops the consecutive duplicates rounding creates. */
export function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const r = roundPos(p, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** A ring after rounding, or undefined when rounding collapsed it (fewer than 4 positions). */
function roundRing(ring: Position[], decimals: number): Position[] | undefined {
  const r = roundLine(ring, decimals);
  return r.length >= 4 ? r : undefined;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | undefined {
  const outer = roundRing(rings[0], decimals);
  if (!outer) return undefined;
  const holes = rings.slice(1).map((h) => roundRing(h, decimals)).filter((h): h is Position[] => !!h);
  return [outer, ...holes];
}

/**
 * Rounds every coordinate of a geometry to `decimals` places, removing repeated positions and
 * rings or lines that collapse. Returns undefined if nothing is left.
 */
export function roundGeometry(geometry: Geometry, decimals: number): Geometry | undefined {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPos(geometry.coordinates, decimals) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map((p) => roundPos(p, decimals)) };
    case 'LineString': {
      const line = roundLine(geometry.coordinates, decimals);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : undefined;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
      if (lines.length === 0) return undefined;
      return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon': {
      const poly = roundPolygon(geometry.coordinates, decimals);
      return poly ? { type: 'Polygon', coordinates: poly } : undefined;
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates.map((p) => roundPolygon(p, decimals)).filter((p): p is Position[][] => !!p);
      if (polys.length === 0) return undefined;
      return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    }
    default:
      throw new Error(`roundGeometry: unsupported geometry ${geometry.type}`);
  }
}

const planarGap = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * Joins line pieces whose ends meet (within `tolerance` degrees; the join bridges any gap) into as
 * few lines as possible, reversing pieces as needed. Greedy: grows a chain from the first piece at
 * both ends with the nearest free piece end. Deterministic for a given input order.
 */
export function chainLines(pieces: Position[][], tolerance: number): Position[][] {
  const free = pieces.map((p) => p.slice());
  const chains: Position[][] = [];
  while (free.length) {
    let chain = free.shift()!;
    for (;;) {
      let best: { index: number; atEnd: boolean; reverse: boolean; gap: number } | undefined;
      const head = chain[0];
      const tail = chain[chain.length - 1];
      free.forEach((piece, index) => {
        const start = piece[0];
        const end = piece[piece.length - 1];
        const options = [
          { atEnd: true, reverse: false, gap: planarGap(tail, start) },
          { atEnd: true, reverse: true, gap: planarGap(tail, end) },
          { atEnd: false, reverse: false, gap: planarGap(head, end) },
          { atEnd: false, reverse: true, gap: planarGap(head, start) },
        ];
        for (const o of options) if (o.gap <= tolerance && (!best || o.gap < best.gap)) best = { index, ...o };
      });
      if (!best) break;
      let piece = free.splice(best.index, 1)[0];
      if (best.reverse) piece = piece.slice().reverse();
      const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
      if (best.atEnd) chain = samePoint(tail, piece[0]) ? [...chain, ...piece.slice(1)] : [...chain, ...piece];
      else chain = samePoint(piece[piece.length - 1], head) ? [...piece.slice(0, -1), ...chain] : [...piece, ...chain];
    }
    chains.push(chain);
  }
  return chains;
}

/**
 * Makes neighbouring polygons share vertices along common borders: wherever a vertex of any ring
 * lies on a segment of another ring (within `epsilon` degrees) but is not one of its vertices
 * (a "T-junction"), it is inserted into that segment. Polygons digitised with different vertices on
 * each side of a border then have identical vertex runs there, which is what a topology builder
 * needs to recognise the border as one shared arc. Returns new rings; the input is not changed.
 */
export function nodeRings(rings: Position[][], epsilon: number): Position[][] {
  const cell = 0.02;
  const grid = new Map<string, Position[]>();
  const key = (x: number, y: number) => `${x},${y}`;
  const seen = new Set<string>();
  for (const ring of rings) {
    for (const p of ring) {
      const k = `${p[0]},${p[1]}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const g = key(Math.floor(p[0] / cell), Math.floor(p[1] / cell));
      if (!grid.has(g)) grid.set(g, []);
      grid.get(g)!.push(p);
    }
  }
  return rings.map((ring) => {
    const out: Position[] = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const len2 = dx * dx + dy * dy;
      const found: { t: number; p: Position }[] = [];
      if (len2 > 0) {
        for (let gx = Math.floor((Math.min(a[0], b[0]) - epsilon) / cell); gx <= Math.floor((Math.max(a[0], b[0]) + epsilon) / cell); gx++) {
          for (let gy = Math.floor((Math.min(a[1], b[1]) - epsilon) / cell); gy <= Math.floor((Math.max(a[1], b[1]) + epsilon) / cell); gy++) {
            for (const p of grid.get(key(gx, gy)) ?? []) {
              const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
              if (t <= 0 || t >= 1) continue;
              // A point at (or within epsilon of) an end is that end, not a T-junction.
              if (planarGap(p, a) <= epsilon || planarGap(p, b) <= epsilon) continue;
              const off = Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
              if (off <= epsilon) found.push({ t, p });
            }
          }
        }
      }
      found.sort((x, y) => x.t - y.t);
      for (const f of found) out.push(f.p);
      out.push(b);
    }
    return out;
  });
}

/** A copy of a plain JSON value with object keys sorted (arrays keep their order). */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

export interface OutputFeature {
  id: string;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

/**
 * Deterministic GeoJSON text: features sorted by id, properties with sorted keys, one feature per
 * line (readable diffs), no timestamps, trailing newline.
 */
export function stringifyFeatureCollection(features: OutputFeature[]): string {
  const sorted = [...features].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = sorted.map((f) =>
    JSON.stringify({ type: 'Feature', id: f.id, properties: sortKeysDeep(f.properties), geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
