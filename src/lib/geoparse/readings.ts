/**
 * Choosing among the readings of a name (namesakes, or a city and a state sharing a name) by how
 * plausible each is in the article: its kind and size (countries, states, capitals and large
 * cities first), and the article's other places (same first-level subdivision, same country, close
 * by: the reading that keeps the article's places together).
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';

export interface ArticleContext {
  admin1: Set<string>;
  countries: Set<string>;
  points: [number, number][];
}

/** Enough places to say where an article is; bounds the cost on very long texts. */
const MAX_CONTEXT_POINTS = 64;

/** Below this population a town needs support from the article to count (see support.ts). */
export const MINOR_POPULATION = 100_000;

export function emptyContext(): ArticleContext {
  return { admin1: new Set(), countries: new Set(), points: [] };
}

export function addToContext(ctx: ArticleContext, gazetteer: Gazetteer, e: GazetteerEntry): void {
  if (e.country) ctx.countries.add(e.country);
  const admin = admin1Of(gazetteer, e);
  if (admin) ctx.admin1.add(admin);
  if (e.kind !== 'country' && e.lat !== undefined && ctx.points.length < MAX_CONTEXT_POINTS) ctx.points.push([e.lon, e.lat]);
}

const admin1Cache = new WeakMap<Gazetteer, Map<string, string | null>>();

/** The first-level subdivision holding a place (itself for one), cached per gazetteer. */
export function admin1Of(gazetteer: Gazetteer, e: GazetteerEntry): string | undefined {
  let cache = admin1Cache.get(gazetteer);
  if (!cache) { cache = new Map(); admin1Cache.set(gazetteer, cache); }
  let hit = cache.get(e.id);
  if (hit === undefined) {
    hit = e.kind === 'admin1' ? e.id : gazetteer.ancestors(e.id).find((a) => a.kind === 'admin1')?.id ?? null;
    cache.set(e.id, hit);
  }
  return hit ?? undefined;
}

/**
 * Distance in km by the equirectangular approximation: within a few per cent of the great circle
 * up to ~1000 km, which is where the scores and thresholds that use it (≤ 150 km, 2/(1 + km/50))
 * are decided, and one cosine instead of a haversine per pair of places.
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  let dLon = Math.abs(b[0] - a[0]);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}

export function isPopulated(e: GazetteerEntry): boolean {
  return e.kind === 'city' || e.kind === 'town' || e.kind === 'village';
}

/** A populated place too small to be named without the article placing it (no seat of government). */
export function isMinor(e: GazetteerEntry): boolean {
  return isPopulated(e) && !e.seat && (e.population ?? 0) < MINOR_POPULATION;
}

/** How likely a reading is before the article is looked at: kind, seat of government, size. */
export function priorScore(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country': return 8;
    case 'admin1': return 5;
    case 'region': case 'sea': case 'peninsula': return e.country === 'US' ? 3 : 5;
    case 'river': return 2;
    case 'city': case 'town': case 'village': {
      const size = Math.log10((e.population ?? 0) + 1) * 0.8;
      return size + (e.seat === 'capital' ? 2.5 : e.seat === 'admin1' ? 0.5 : 0);
    }
    default: return 1;
  }
}

/** How well a reading fits the article's other places. */
export function contextScore(e: GazetteerEntry, ctx: ArticleContext, gazetteer: Gazetteer): number {
  let score = 0;
  const admin = admin1Of(gazetteer, e);
  if (admin && ctx.admin1.has(admin)) score += 2.5;
  if (e.country && ctx.countries.has(e.country)) score += 1.5;
  if (ctx.points.length) {
    let near = Infinity;
    const here: [number, number] = [e.lon, e.lat];
    for (const p of ctx.points) near = Math.min(near, distanceKm(p, here));
    score += 2 / (1 + near / 50);
  }
  return score;
}

/**
 * Readings already chosen against a context, by candidate list: a name recurs in an article, and
 * its mentions share one list (the geoparser's readingsOf). Contexts are not changed once built.
 */
const chosen = new WeakMap<ArticleContext, Map<readonly GazetteerEntry[], GazetteerEntry>>();

/** The most plausible reading (ties: the smaller id, so the choice is stable). */
export function bestReading(cands: readonly GazetteerEntry[], ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry {
  if (cands.length === 1) return cands[0];
  let memo = chosen.get(ctx);
  if (!memo) chosen.set(ctx, (memo = new Map()));
  let best = memo.get(cands);
  if (!best) memo.set(cands, (best = mostPlausible(cands, ctx, gazetteer)));
  return best;
}

function mostPlausible(cands: readonly GazetteerEntry[], ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry {
  let best = cands[0];
  let bestScore = -Infinity;
  for (const e of cands) {
    const score = priorScore(e) + contextScore(e, ctx, gazetteer);
    if (score > bestScore || (score === bestScore && e.id < best.id)) { best = e; bestScore = score; }
  }
  return best;
}
