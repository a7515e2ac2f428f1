/**
 * The view the map opens on: the box around most of the corpus's mention weight, so a single
 * mention of a faraway city does not zoom a regional story out to the world. Places that are whole
 * countries, continents or oceans are left out (their point is a centroid, often far from where the
 * story is), unless nothing else was mentioned.
 */
import type { Place } from '../dataset';

export type Bounds = [[number, number], [number, number]];

const WIDE_KINDS = new Set(['country', 'continent', 'ocean', 'sea']);
/** The share of mention weight the frame holds. */
export const FRAME_SHARE = 0.8;
/** The smallest frame, in degrees (one place alone is shown with its surroundings). */
const MIN_SPAN = 2;
/** The margin around the places, as a share of the frame's width and height. */
const MARGIN = 0.15;
const WORLD: Bounds = [[-170, -58], [180, 78]];

function kmApart(a: Place, b: Place): number {
  const kx = 111.32 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot((a.lon - b.lon) * kx, (a.lat - b.lat) * 110.57);
}

/**
 * Smallest-box heuristic: centre on the place with the most weight near it (weight within 500 km),
 * take places nearest that centre until `share` of the weight is in (the core), then add the rest
 * that lie within the core's own width and height of it; their bounding box.
 */
export function dataFrame(places: readonly Place[], weightOf: (id: string) => number, share = FRAME_SHARE): Bounds {
  let candidates = places.filter((p) => !WIDE_KINDS.has(p.kind) && weightOf(p.id) > 0);
  if (!candidates.length) candidates = places.filter((p) => weightOf(p.id) > 0);
  if (!candidates.length) return WORLD;
  let centre = candidates[0];
  let bestNear = -1;
  for (const p of candidates) {
    let near = 0;
    for (const q of candidates) if (kmApart(p, q) <= 500) near += weightOf(q.id);
    if (near > bestNear) [bestNear, centre] = [near, p];
  }
  const total = candidates.reduce((n, p) => n + weightOf(p.id), 0);
  const byDistance = [...candidates].sort((a, b) => kmApart(centre, a) - kmApart(centre, b) || (a.id < b.id ? -1 : 1));
  let w = 180, s = 90, e = -180, n = -90, taken = 0;
  for (const p of byDistance) {
    if (taken >= share * total) break;
    w = Math.min(w, p.lon); e = Math.max(e, p.lon); s = Math.min(s, p.lat); n = Math.max(n, p.lat);
    taken += weightOf(p.id);
  }
  // Outliers near the core (within its own width east–west and height north–south of it) belong
  // to the story too; far ones (another continent, a capital named in passing) do not.
  const [spanLon, spanLat] = [Math.max(e - w, MIN_SPAN), Math.max(n - s, MIN_SPAN)];
  const [coreW, coreS, coreE, coreN] = [w, s, e, n];
  for (const p of byDistance) {
    if (p.lon >= coreW - spanLon && p.lon <= coreE + spanLon && p.lat >= coreS - spanLat && p.lat <= coreN + spanLat) {
      w = Math.min(w, p.lon); e = Math.max(e, p.lon); s = Math.min(s, p.lat); n = Math.max(n, p.lat);
    }
  }
  // A margin: a place's point is not its extent (a peninsula or province reaches beyond its label point).
  const padLon = Math.max(MARGIN * (e - w), (MIN_SPAN - (e - w)) / 2);
  const padLat = Math.max(MARGIN * (n - s), (MIN_SPAN - (n - s)) / 2);
  return [[Math.max(-180, w - padLon), Math.max(-85, s - padLat)], [Math.min(180, e + padLon), Math.min(85, n + padLat)]];
}
