/**
 * The multilingual geoparser: finds the places a cleaned article body mentions.
 *
 *   geoparse(text, language, gazetteer) -> [{ place, start, end }] sorted, non-overlapping
 *
 * 1. match.ts: longest gazetteer-name matches over tokens (normalised spelling, Ukrainian/Russian
 *    case endings), minus common words, organisation/newspaper names and person names.
 * 2. Cues (cues.ts) say which of the places sharing a name is meant: "Kherson region" is the oblast,
 *    "the city of Dnipro" the city, "Sungai Dnipro" the river, "bendungan Kakhovka" the dam.
 *    A cue spreads over a list ("Donetsk and Luhansk regions").
 * 3. A bare name with several readings (Kherson: city or oblast; Dnipro: river or city) is read:
 *    - as the oblast when its sentence speaks of regions ("Kherson and three other Ukrainian regions")
 *      and not of a city;
 *    - otherwise the way the article itself spells it out elsewhere: if the article says "Kherson
 *      region" and never "Kherson city", a bare "Kherson" is the region (and vice versa); if it says
 *      "Dnieper River", a bare "Dnipro" is the river;
 *    - otherwise by weak cues ("the Dnipro" is the river) and then the populated place.
 * 4. Places sharing a name (three Lymans in Ukraine) resolve to the one consistent with the
 *    article's other places (same oblast, same country, nearby), then by population.
 * 5. "the region" after a region mention is a mention of that region.
 *
 * Decisions (documented in tests/geoparse): demonyms ("Ukrainian", "Russian") are not mentions of
 * the country; "Kherson Regional Council"/"Kherson regional administration" mention Kherson Oblast;
 * "Kremlin" is an institution, not a place.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import type { PlaceKind } from '../dataset';
import { tokenize, wordAt, type Tokens } from './tokenize';
import { dropNonMentions, findNames, sentenceInitial, type RawMatch } from './match';
import { cueAfter, cueBefore, isCityWord, isCueWord, isRegionWord, listGap, regionAnaphora, type Cue } from './cues';
import { CUE_TARGETS } from './lexicon';

export interface PlaceMatch {
  place: string;
  /** UTF-16 offsets into `text`. */
  start: number;
  end: number;
}

interface Mention {
  raw: RawMatch;
  candidates: GazetteerEntry[];
  family: GazetteerEntry[];
  cue?: Cue;
  chosen?: GazetteerEntry;
  /** Chosen by a cue or by an unambiguous name: evidence for the article's other mentions. */
  explicit: boolean;
}

/** Enough places to say where an article is; bounds the cost on very long texts. */
const MAX_CONTEXT_POINTS = 64;

/** How many tokens after a bare city name a free "region(s)" may stand to make it the oblast. */
const REGION_WORD_WINDOW = 12;

/** Cities, towns and villages are one kind of reading: population decides between them. */
function kindGroup(e: GazetteerEntry): PlaceKind {
  return e.kind === 'town' || e.kind === 'village' ? 'city' : e.kind;
}

/** Kinds that win a tie between readings of a bare name, best first. */
const KIND_RANK: PlaceKind[] = ['country', 'admin1', 'city', 'town', 'village', 'river', 'region', 'sea', 'peninsula', 'reservoir', 'dam', 'canal', 'power_plant'];

export function geoparse(text: string, language: string, gazetteer: Gazetteer): PlaceMatch[] {
  const lang = (language || '').toLowerCase().slice(0, 2);
  const t = tokenize(text);
  const raw = dropNonMentions(t, findNames(t, gazetteer), lang, isCueWord);
  const mentions: Mention[] = raw.map((m) => {
    const candidates = m.ids.map((id) => gazetteer.get(id)!);
    let family = candidates;
    for (const c of candidates) {
      const named = gazetteer.namedAfter(c.id);
      if (named.length) {
        if (family === candidates) family = [...candidates];
        for (const e of named) if (!family.includes(e)) family.push(e);
      }
    }
    return { raw: m, candidates, family, explicit: false };
  });
  attachCues(t, mentions, lang);
  const used = usedTokens(t, mentions);

  // Pass 1: cues and unambiguous names.
  for (const m of mentions) {
    if (m.cue && !m.cue.weak) {
      const targets = CUE_TARGETS[m.cue.kind];
      const fitting = m.family.filter((e) => targets.includes(e.kind));
      if (fitting.length === 1) { m.chosen = fitting[0]; m.explicit = true; continue; }
    }
    // One place, and either no other reading or a name longer than the bare one ("Nova Kakhovka", "Kakhovka dam").
    if (m.candidates.length === 1 && (m.family.length === 1 || m.raw.last - m.raw.first > 1)) { m.chosen = m.candidates[0]; m.explicit = true; }
  }
  const context = () => articleContext(gazetteer, mentions);
  let ctx = context();

  // Pass 2: cue with several fitting places, then bare names with several readings.
  for (const m of mentions) {
    if (m.chosen) continue;
    if (m.cue && !m.cue.weak) {
      const targets = CUE_TARGETS[m.cue.kind];
      const fitting = m.family.filter((e) => targets.includes(e.kind));
      if (fitting.length) { m.chosen = byContext(fitting, ctx, gazetteer); m.explicit = true; }
    }
  }
  ctx = context();
  const explicit = new Set(mentions.filter((x) => x.explicit && x.chosen).map((x) => x.chosen!.id));
  mentions.forEach((m, k) => {
    if (m.chosen) return;
    if (m.family.some((e) => kindGroup(e) !== kindGroup(m.family[0]))) {
      m.chosen = readBareName(t, m, mentions[k + 1]?.raw.first ?? t.length, explicit, used, ctx, gazetteer);
    }
  });
  // Pass 3: places sharing a name and kind.
  if (mentions.some((m) => !m.chosen)) {
    ctx = context();
    for (const m of mentions) if (!m.chosen) m.chosen = byContext(m.candidates, ctx, gazetteer);
  }

  const out: PlaceMatch[] = mentions.filter((m) => m.chosen).map((m) => ({ place: m.chosen!.id, start: t.start[m.raw.first], end: t.end[m.raw.last - 1] }));
  out.push(...resolveAnaphora(t, mentions, used));
  return out.sort((a, b) => a.start - b.start);
}

function attachCues(t: Tokens, mentions: Mention[], lang: string) {
  for (const m of mentions) m.cue = cueAfter(t, m.raw.last) ?? cueBefore(t, m.raw.first, lang);
  // Spread cues over lists: plural after-cues backwards, before-cues forwards.
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k], b = mentions[k + 1];
    if ((!a.cue || a.cue.weak) && b.cue && !b.cue.before && b.cue.plural && listGap(t.text.slice(t.end[a.raw.last - 1], t.start[b.raw.first]))) a.cue = { ...b.cue, tokens: [] };
  }
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1], b = mentions[k];
    if ((!b.cue || b.cue.weak) && a.cue && a.cue.before && !a.cue.weak && listGap(t.text.slice(t.end[a.raw.last - 1], t.start[b.raw.first]))) b.cue = { ...a.cue, tokens: [] };
  }
  // A cue that fits none of the readings says nothing ("the Washington" is not a river).
  for (const m of mentions) {
    if (m.cue && !m.family.some((e) => CUE_TARGETS[m.cue!.kind].includes(e.kind))) m.cue = undefined;
  }
}

/** Tokens that belong to a name or a cue (1), so they are not read again as free words. */
function usedTokens(t: Tokens, mentions: Mention[]): Uint8Array {
  const used = new Uint8Array(t.length);
  for (const m of mentions) {
    used.fill(1, m.raw.first, m.raw.last);
    for (const i of m.cue?.tokens ?? []) used[i] = 1;
  }
  return used;
}

interface Context {
  oblasts: Set<string>;
  countries: Set<string>;
  points: [number, number][];
}

function articleContext(gazetteer: Gazetteer, mentions: Mention[]): Context {
  const ctx: Context = { oblasts: new Set(), countries: new Set(), points: [] };
  for (const m of mentions) {
    const e = m.chosen ?? (m.candidates.length === 1 ? m.candidates[0] : undefined);
    if (!e) continue;
    if (e.country) ctx.countries.add(e.country);
    const admin = admin1Of(gazetteer, e);
    if (admin) ctx.oblasts.add(admin);
    if (e.kind !== 'country' && ctx.points.length < MAX_CONTEXT_POINTS) ctx.points.push([e.lon, e.lat]);
  }
  return ctx;
}

const admin1Cache = new WeakMap<Gazetteer, Map<string, string | null>>();

/** The first-level subdivision holding a place (itself for an oblast), cached per gazetteer. */
function admin1Of(gazetteer: Gazetteer, e: GazetteerEntry): string | undefined {
  let cache = admin1Cache.get(gazetteer);
  if (!cache) { cache = new Map(); admin1Cache.set(gazetteer, cache); }
  let hit = cache.get(e.id);
  if (hit === undefined) {
    hit = e.kind === 'admin1' ? e.id : gazetteer.ancestors(e.id).find((a) => a.kind === 'admin1')?.id ?? null;
    cache.set(e.id, hit);
  }
  return hit ?? undefined;
}

function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad, dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Among places sharing a name: same oblast, same country, nearby, then the most populous. */
function byContext(cands: GazetteerEntry[], ctx: Context, gazetteer: Gazetteer): GazetteerEntry {
  if (cands.length === 1) return cands[0];
  let best = cands[0];
  let bestScore = -Infinity;
  for (const e of cands) {
    const admin = admin1Of(gazetteer, e);
    let score = 0;
    if (admin && ctx.oblasts.has(admin)) score += 4;
    if (e.country && ctx.countries.has(e.country)) score += 2;
    if (e.kind === 'country') score += 3;
    if (ctx.points.length) {
      const here: [number, number] = [e.lon, e.lat];
      let near = Infinity;
      for (const p of ctx.points) near = Math.min(near, distanceKm(p, here));
      score += 1 / (1 + near / 100);
    }
    score += Math.log10((e.population ?? 0) + 1) / 10;
    if (score > bestScore || (score === bestScore && e.id < best.id)) { best = e; bestScore = score; }
  }
  return best;
}

function kindRank(e: GazetteerEntry): number {
  return KIND_RANK.indexOf(kindGroup(e));
}

/** The reading of the best-ranked kind (KIND_RANK), then by context. */
function byKindThenContext(pool: GazetteerEntry[], ctx: Context, gazetteer: Gazetteer): GazetteerEntry {
  let top = Infinity;
  for (const e of pool) top = Math.min(top, kindRank(e));
  return byContext(pool.filter((e) => kindRank(e) === top), ctx, gazetteer);
}

function readBareName(t: Tokens, m: Mention, nextMention: number, explicit: Set<string>, used: Uint8Array, ctx: Context, gazetteer: Gazetteer): GazetteerEntry {
  const populated = m.candidates.filter((e) => e.kind === 'city' || e.kind === 'town' || e.kind === 'village');
  const byDefault = (pool: GazetteerEntry[]) => byKindThenContext(pool, ctx, gazetteer);
  // Only a city inside the oblast named after it reads as that oblast without a local cue:
  // Kyiv (a city with special status) is never Kyiv Oblast by these article-level rules.
  const admin1 = m.family.filter((e) => e.kind === 'admin1' && populated.some((c) => c.parent === e.id));
  if (admin1.length) {
    // The words right after the name speak of regions, not of a city, before any other place:
    // "Kherson and three other Ukrainian regions", "Donetsk after ... in the eastern region".
    const stop = Math.min(t.length, nextMention, m.raw.last + REGION_WORD_WINDOW);
    for (let i = m.raw.last; i < stop; i++) {
      if (sentenceInitial(t, i)) break;
      if (used[i]) continue;
      if (isCityWord(t, i)) break;
      if (isRegionWord(t, i)) return byContext(admin1, ctx, gazetteer);
    }
  }
  // The article spells out elsewhere which reading it uses.
  // Only readings of the name itself (Dnipro: river or city) and the oblast named after the city
  // count: "Kakhovka dam" elsewhere does not make a bare "Kakhovka" the dam.
  const shown = m.family.filter((e) => explicit.has(e.id) && (m.candidates.includes(e) || admin1.includes(e)));
  const fallback = m.cue?.weak ? m.family.filter((e) => CUE_TARGETS[m.cue!.kind].includes(e.kind)) : [];
  if (shown.length) {
    const candidatesShown = shown.filter((e) => m.candidates.includes(e));
    const defaultReading = byDefault(m.candidates);
    if (shown.includes(defaultReading) && !fallback.length) return defaultReading;
    if (fallback.length && fallback.some((e) => shown.includes(e))) return byDefault(fallback.filter((e) => shown.includes(e)));
    if (!shown.includes(defaultReading)) return byDefault(candidatesShown.length ? candidatesShown : shown);
  }
  if (fallback.length) return byDefault(fallback);
  return byDefault(m.candidates);
}

/** "the region" refers back to the last region (admin-1) mentioned before it. */
function resolveAnaphora(t: Tokens, mentions: Mention[], used: Uint8Array): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const regions = mentions.filter((m) => m.chosen?.kind === 'admin1');
  if (!regions.length) return out;
  let k = 0;
  let antecedent: Mention | undefined;
  for (const [a, b] of regionAnaphora(t)) {
    while (k < regions.length && regions[k].raw.last <= a) antecedent = regions[k++];
    let overlaps = false;
    for (let i = a; i < b; i++) if (used[i]) overlaps = true;
    if (overlaps) continue;
    // "the region of Kherson" is a cue, "the region's capital" still refers back
    if (b < t.length && /^\s+$/.test(t.text.slice(t.end[b - 1], t.start[b])) && /^(of|de|von|des|du)$/i.test(wordAt(t, b))) continue;
    if (!antecedent) continue;
    out.push({ place: antecedent.chosen!.id, start: t.start[a], end: t.end[b - 1] });
  }
  return out;
}
