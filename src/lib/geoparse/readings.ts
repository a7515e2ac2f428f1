/**
 * Choosing among the readings of a name (namesakes, or a city and a state sharing a name) by how
 * plausible each is in the article: its kind and size (countries, states, capitals and large
 * cities first), and the article's other places (same first-level subdivision, same country, close
 * by: the reading that keeps the article's places together).
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import type { PlaceKind } from '../dataset';

export interface ArticleContext {
  admin1: Set<string>;
  countries: Set<string>;
  /**
   * The distinct points among the first MAX_CONTEXT_POINTS places added (a place added again adds
   * no point: every reader takes a minimum or an "any" over them, which repeats do not change).
   */
  points: (readonly [number, number])[];
  /** Places added so far, repeats included (what the MAX_CONTEXT_POINTS bound counts). */
  added: number;
  /** Tells this context from others in PlaceFacts.addedTo. */
  serial: number;
  /**
   * Readings already chosen against this context, by candidate list: a name recurs in an article,
   * and its mentions share one list (the geoparser's readingsOf). Contexts are not changed once read.
   */
  chosen: Map<readonly GazetteerEntry[], GazetteerEntry>;
}

/** Enough places to say where an article is; bounds the cost on very long texts. */
const MAX_CONTEXT_POINTS = 64;

/** Below this population a town needs support from the article to count (see support.ts). */
export const MINOR_POPULATION = 100_000;

let contextSerial = 0;

export function emptyContext(): ArticleContext {
  return { admin1: new Set(), countries: new Set(), points: [], added: 0, serial: ++contextSerial, chosen: new Map() };
}

/** What a place brings to an article's context, worked out once per entry (entries do not change). */
interface PlaceFacts {
  admin1: string | undefined;
  point: readonly [number, number] | undefined;
  /**
   * Serial of the last context this place was added to: an article names its places many times,
   * and a repeat then only counts toward the points bound instead of hashing into the sets again.
   */
  addedTo: number;
}

const placeFacts = new WeakMap<GazetteerEntry, PlaceFacts>();

function factsOf(gazetteer: Gazetteer, e: GazetteerEntry): PlaceFacts {
  let facts = placeFacts.get(e);
  if (!facts) {
    const admin1 = e.kind === 'admin1' ? e.id : gazetteer.ancestors(e.id).find((a) => a.kind === 'admin1')?.id;
    const point = e.kind !== 'country' && e.lat !== undefined ? [e.lon, e.lat] as const : undefined;
    placeFacts.set(e, (facts = { admin1, point, addedTo: 0 }));
  }
  return facts;
}

export function addToContext(ctx: ArticleContext, gazetteer: Gazetteer, e: GazetteerEntry): void {
  const facts = factsOf(gazetteer, e);
  if (facts.addedTo === ctx.serial) {
    if (facts.point) ctx.added++;
    return;
  }
  facts.addedTo = ctx.serial;
  if (e.country) ctx.countries.add(e.country);
  if (facts.admin1) ctx.admin1.add(facts.admin1);
  if (facts.point && ctx.added < MAX_CONTEXT_POINTS) {
    ctx.added++;
    ctx.points.push(facts.point);
  }
}

/** The first-level subdivision holding a place (itself for one). */
export function admin1Of(gazetteer: Gazetteer, e: GazetteerEntry): string | undefined {
  return factsOf(gazetteer, e).admin1;
}

/**
 * Distance in km by the equirectangular approximation: within a few per cent of the great circle
 * up to ~1000 km, which is where the scores and thresholds that use it (≤ 150 km, 2/(1 + km/50))
 * are decided, and one cosine instead of a haversine per pair of places.
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  return distanceKmBetween(a[0], a[1], b[0], b[1]);
}

/** distanceKm of (lonA, latA) and (lonB, latB), without building the pairs. */
export function distanceKmBetween(lonA: number, latA: number, lonB: number, latB: number): number {
  const rad = Math.PI / 180;
  let dLon = Math.abs(lonB - lonA);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * rad * Math.cos(((latA + latB) / 2) * rad);
  const y = (latB - latA) * rad;
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
    for (const p of ctx.points) near = Math.min(near, distanceKmBetween(p[0], p[1], e.lon, e.lat));
    score += 2 / (1 + near / 50);
  }
  return score;
}

/** The most plausible reading (ties: the smaller id, so the choice is stable). */
export function bestReading(cands: readonly GazetteerEntry[], ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry {
  if (cands.length === 1) return cands[0];
  let best = ctx.chosen.get(cands);
  if (!best) ctx.chosen.set(cands, (best = mostPlausible(cands, ctx, gazetteer)));
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

/** The places of a match's ids and the family named after them, per ids list (the name index shares its lists). */
const readingsCache = new WeakMap<Gazetteer, WeakMap<readonly string[], { candidates: GazetteerEntry[]; family: GazetteerEntry[] }>>();

export function readingsOf(ids: readonly string[], gazetteer: Gazetteer): { candidates: GazetteerEntry[]; family: GazetteerEntry[] } {
  let cache = readingsCache.get(gazetteer);
  if (!cache) readingsCache.set(gazetteer, (cache = new WeakMap()));
  let hit = cache.get(ids);
  if (!hit) {
    const candidates = ids.map((id) => gazetteer.get(id)!);
    let family = candidates;
    for (const c of candidates) {
      const named = gazetteer.namedAfter(c.id);
      if (named.length) {
        if (family === candidates) family = [...candidates];
        for (const e of named) if (!family.includes(e)) family.push(e);
      }
    }
    hit = { candidates, family };
    cache.set(ids, hit);
  }
  // shared between mentions: read only (a "City, State" pattern assigns a narrower list, it does not edit this one)
  return hit;
}

/** Cities, towns and villages are one kind of reading: population decides between them. */
function kindGroup(e: GazetteerEntry): PlaceKind {
  return e.kind === 'town' || e.kind === 'village' ? 'city' : e.kind;
}

/** Are these readings of more than one kind group (a city and its oblast, a river and a city)? */
export function mixedKinds(family: readonly GazetteerEntry[]): boolean {
  if (family.length < 2) return false;
  const first = kindGroup(family[0]);
  for (let k = 1; k < family.length; k++) if (kindGroup(family[k]) !== first) return true;
  return false;
}
