/**
 * The multilingual geoparser: finds the places a cleaned article body mentions and chooses the
 * namesake meant (the rules, in order, are in README.md beside this file).
 *
 *   geoparse(text, language, gazetteer, { location? }) -> [{ place, start, end }] sorted, non-overlapping
 *
 * 1. match.ts: longest gazetteer-name matches over tokens; nonMentions.ts drops organisations and persons.
 * 2. Cues (cues.ts) choose the kind ("Kherson region", "Sungai Dnipro"); "City, State" patterns
 *    (support.ts) choose the namesake.
 * 3. Names still open: cue-free readings of city/oblast/river families (readBareName), then the most
 *    plausible namesake (readings.ts) against the article's other places and the source's location.
 * 4. Small and word-like places count only when the article places them (support.ts); surnames and
 *    Indonesian modifiers are dropped (persons.ts).
 * 5. "the region" after a region mention is a mention of that region.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { tokenize, wordAt, type Tokens } from './tokenize';
import { findNames, sentenceInitial } from './match';
import { dropNonMentions } from './nonMentions';
import { cueAfter, cueBefore, isCityWord, isCueWord, isRegionWord, listGap, regionAnaphora } from './cues';
import { CUE_TARGETS } from './lexicon';
import type { Mention } from './mention';
import { addToContext, bestReading, emptyContext, isMinor, isPopulated, mixedKinds, readingsOf, type ArticleContext } from './readings';
import { anchorContext, applyCommaPatterns, clusteredMinor, isBareStateCode, isStateAbbreviation, keepMention, needsSupport } from './support';
import { dropSurnames, dropModifierRegions } from './persons';
import { findSites } from './sites';

export interface ToponymSpan {
  place: string;
  /** UTF-16 offsets into `text`. */
  start: number;
  end: number;
}

/** What the corpus says about an article beyond its text. */
export interface GeoparseContext {
  /** Where the source is (front matter `location`): a gazetteer id or a place name. */
  location?: string;
}

/** How many tokens after a bare city name a free "region(s)" may stand to make it the oblast. */
const REGION_WORD_WINDOW = 12;

/** The source's location as gazetteer entries (an id, or a name's most plausible reading). */
function sourcePlaces(gazetteer: Gazetteer, context: GeoparseContext | undefined): GazetteerEntry[] {
  const location = context?.location?.trim();
  if (!location) return [];
  const byId = gazetteer.get(location);
  if (byId) return [byId];
  const t = tokenize(location);
  const found = findNames(t, gazetteer).flatMap((m) => m.ids.map((id) => gazetteer.get(id)!));
  return found.length ? [bestReading(found, emptyContext(), gazetteer)] : [];
}

export function geoparse(text: string, language: string, gazetteer: Gazetteer, context?: GeoparseContext): ToponymSpan[] {
  const lang = (language || '').toLowerCase().slice(0, 2);
  const t = tokenize(text);
  const names = findNames(t, gazetteer, lang);
  const raw = dropNonMentions(t, names, lang, isCueWord, gazetteer);
  let mentions: Mention[] = raw.map((m) => {
    const { candidates, family } = readingsOf(m.ids, gazetteer);
    // every field from the start: one object shape for all mentions, whichever rules set which fields
    return { raw: m, candidates, family, cue: undefined, chosen: undefined, explicit: false, pattern: undefined };
  });
  attachCues(t, mentions, lang);
  applyCommaPatterns(t, mentions, gazetteer);
  mentions = mentions.filter((m) => !isBareStateCode(t, m));
  const used = usedTokens(t, mentions, 0);
  const source = sourcePlaces(gazetteer, context);

  // Pass 1: cues and unambiguous names.
  for (const m of mentions) {
    if (m.chosen) continue;
    if (m.cue && !m.cue.weak) {
      const targets = CUE_TARGETS[m.cue.kind];
      const fitting = m.family.filter((e) => targets.includes(e.kind));
      if (fitting.length === 1) { m.chosen = fitting[0]; m.explicit = true; continue; }
    }
    // One place, and either no other reading or a name longer than the bare one ("Nova Kakhovka", "Kakhovka dam").
    if (m.candidates.length === 1 && (m.family.length === 1 || m.raw.last - m.raw.first > 1)) { m.chosen = m.candidates[0]; m.explicit = true; }
  }
  const context_ = () => articleContext(gazetteer, mentions, source);
  let ctx = context_();

  // Pass 2: cue with several fitting places, then bare names with several readings.
  for (const m of mentions) {
    if (m.chosen) continue;
    if (m.cue && !m.cue.weak) {
      const targets = CUE_TARGETS[m.cue.kind];
      const fitting = m.family.filter((e) => targets.includes(e.kind));
      if (fitting.length) { m.chosen = bestReading(fitting, ctx, gazetteer); m.explicit = true; }
    }
  }
  ctx = context_();
  // A first guess for every open name, so that each is then read against the others' guesses
  // (Lexington ... Paris: Paris, Kentucky), not only against the names that were already clear.
  const guesses = new Map<Mention, GazetteerEntry>();
  for (const m of mentions) if (!m.chosen && m.candidates.length > 1) guesses.set(m, bestReading(m.candidates, ctx, gazetteer));
  // one context per name (its namesakes left out), not per mention: a name may recur many times;
  // a name is told by its first reading and its number of readings (as contextWithout skips it)
  const byName = new Map<GazetteerEntry | undefined, Map<number, ArticleContext>>();
  const around = (m: Mention) => {
    if (!guesses.size) return ctx;
    let byCount = byName.get(m.candidates[0]);
    if (!byCount) byName.set(m.candidates[0], (byCount = new Map()));
    let c = byCount.get(m.candidates.length);
    if (!c) { c = contextWithout(gazetteer, mentions, guesses, m, source); byCount.set(m.candidates.length, c); }
    return c;
  };
  const explicit = new Set(mentions.filter((x) => x.explicit && x.chosen).map((x) => x.chosen!.id));
  mentions.forEach((m, k) => {
    if (m.chosen) return;
    if (mixedKinds(m.family)) {
      m.chosen = readBareName(t, m, mentions[k + 1]?.raw.first ?? t.length, explicit, used, around(m), gazetteer);
    }
  });
  // Pass 3: places sharing a name and kind.
  for (const m of mentions) if (!m.chosen) m.chosen = bestReading(m.candidates, around(m), gazetteer);
  oneReadingPerName(t, mentions);

  const needs = new Map(mentions.map((m) => [m, needsSupport(t, m, gazetteer)]));
  const anchors = anchorContext(mentions, (m) => !needs.get(m), gazetteer, source);
  const clustered = clusteredMinor(mentions, needs);
  let kept = mentions.filter((m) => clustered.has(m) || keepMention(t, m, needs.get(m), anchors, gazetteer));
  kept = dropModifierRegions(t, dropSurnames(t, kept, raw.dropped), lang);
  const out: ToponymSpan[] = [];
  kept.forEach((m, k) => {
    // an abbreviation's full stop is part of its name ("Paris, Ky.")
    const end = t.end[m.raw.last - 1] + (isStateAbbreviation(t, m) && t.text[t.end[m.raw.last - 1]] === '.' ? 1 : 0);
    // ... and a city whose name holds its state ("Washington, D.C.") is one mention
    const city = out[out.length - 1];
    if (k > 0 && kept[k - 1].pattern && city?.place === kept[k - 1].chosen!.id && kept[k - 1].chosen!.names.includes(t.text.slice(city.start, end))) { city.end = end; return; }
    out.push({ place: m.chosen!.id, start: t.start[m.raw.first], end });
  });
  out.push(...resolveAnaphora(t, kept, used));
  if (lang === 'en' || lang === '') out.push(...findSites(t, kept, names, usedTokens(t, kept, 1), anchors, gazetteer));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One reading per name per article: a bare name read without a cue or pattern takes the reading
 * the same name got from one elsewhere in the article ("Paris, Ky." ... "Paris").
 */
function oneReadingPerName(t: Tokens, mentions: Mention[]): void {
  const placed = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.chosen && (m.pattern || (m.cue && !m.cue.weak))) placed.set(t.text.slice(t.start[m.raw.first], t.end[m.raw.last - 1]), m);
  }
  if (!placed.size) return;
  for (const m of mentions) {
    if (m.pattern || (m.cue && !m.cue.weak)) continue;
    const same = placed.get(t.text.slice(t.start[m.raw.first], t.end[m.raw.last - 1]));
    if (same?.chosen && m.candidates.includes(same.chosen) && same.chosen.kind === m.chosen?.kind) { m.chosen = same.chosen; m.pattern = same.pattern; }
  }
}

function attachCues(t: Tokens, mentions: Mention[], lang: string) {
  for (const m of mentions) m.cue = cueAfter(t, m.raw.last) ?? cueBefore(t, m.raw.first, lang);
  // Spread cues over lists: plural after-cues backwards, before-cues forwards.
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k], b = mentions[k + 1];
    if ((!a.cue || a.cue.weak) && b.cue && !b.cue.before && b.cue.plural && listGap(t.text, t.end[a.raw.last - 1], t.start[b.raw.first])) a.cue = { ...b.cue, tokens: [] };
  }
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1], b = mentions[k];
    if ((!b.cue || b.cue.weak) && a.cue && a.cue.before && !a.cue.weak && listGap(t.text, t.end[a.raw.last - 1], t.start[b.raw.first])) b.cue = { ...a.cue, tokens: [] };
  }
  // A cue that fits none of the readings says nothing ("the Washington" is not a river).
  for (const m of mentions) {
    if (m.cue && !m.family.some((e) => CUE_TARGETS[m.cue!.kind].includes(e.kind))) m.cue = undefined;
  }
}

/**
 * Scratch space for usedTokens, one per use (the mentions' tokens, the kept mentions' tokens),
 * reused from article to article: a fresh typed array per article costs more than filling it.
 */
const usedScratch = [new Uint8Array(1 << 12), new Uint8Array(1 << 12)];

/** Tokens that belong to a name or a cue (1), so they are not read again as free words. Valid until the next geoparse. */
function usedTokens(t: Tokens, mentions: Mention[], scratch: 0 | 1): Uint8Array {
  if (usedScratch[scratch].length < t.length) usedScratch[scratch] = new Uint8Array(t.length * 2);
  const used = usedScratch[scratch].subarray(0, t.length);
  used.fill(0);
  for (const m of mentions) {
    for (let i = m.raw.first; i < m.raw.last; i++) used[i] = 1;
    if (m.cue) for (const i of m.cue.tokens) used[i] = 1;
  }
  return used;
}

/** The article's places as guessed so far, leaving out the mention being read and its namesakes. */
function contextWithout(gazetteer: Gazetteer, mentions: readonly Mention[], guesses: ReadonlyMap<Mention, GazetteerEntry>, skip: Mention, source: readonly GazetteerEntry[]): ArticleContext {
  const ctx = emptyContext();
  for (const e of source) addToContext(ctx, gazetteer, e);
  for (const m of mentions) {
    if (m.candidates.length === skip.candidates.length && m.candidates[0] === skip.candidates[0]) continue;
    const e = m.chosen ?? guesses.get(m) ?? (m.candidates.length === 1 ? m.candidates[0] : undefined);
    if (e && (m.explicit || !isMinor(e))) addToContext(ctx, gazetteer, e);
  }
  return ctx;
}

function articleContext(gazetteer: Gazetteer, mentions: readonly Mention[], source: readonly GazetteerEntry[]): ArticleContext {
  const ctx = emptyContext();
  for (const e of source) addToContext(ctx, gazetteer, e);
  for (const m of mentions) {
    const e = m.chosen ?? (m.candidates.length === 1 ? m.candidates[0] : undefined);
    if (e && (m.explicit || !isMinor(e))) addToContext(ctx, gazetteer, e);
  }
  return ctx;
}

const NONE: readonly GazetteerEntry[] = [];

/** The first-level subdivisions among a name's family that hold one of its cities (Kherson Oblast for Kherson). */
function oblastsOfCities(m: Mention): readonly GazetteerEntry[] {
  let out: GazetteerEntry[] | undefined;
  for (const e of m.family) {
    if (e.kind === 'admin1' && m.candidates.some((c) => isPopulated(c) && c.parent === e.id)) (out ??= []).push(e);
  }
  return out ?? NONE;
}

function readBareName(t: Tokens, m: Mention, nextMention: number, explicit: Set<string>, used: Uint8Array, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry {
  // Only a city inside the oblast named after it reads as that oblast without a local cue:
  // Kyiv (a city with special status) is never Kyiv Oblast by these article-level rules.
  const admin1 = oblastsOfCities(m);
  if (admin1.length) {
    // The words right after the name speak of regions, not of a city, before any other place:
    // "Kherson and three other Ukrainian regions", "Donetsk after ... in the eastern region".
    const stop = Math.min(t.length, nextMention, m.raw.last + REGION_WORD_WINDOW);
    for (let i = m.raw.last; i < stop; i++) {
      if (sentenceInitial(t, i)) break;
      if (used[i]) continue;
      if (isCityWord(t, i)) break;
      if (isRegionWord(t, i)) return bestReading(admin1, ctx, gazetteer);
    }
  }
  // The article spells out elsewhere which reading it uses.
  // Only readings of the name itself (Dnipro: river or city) and the oblast named after the city
  // count: "Kakhovka dam" elsewhere does not make a bare "Kakhovka" the dam.
  const shown = explicit.size ? m.family.filter((e) => explicit.has(e.id) && (m.candidates.includes(e) || admin1.includes(e))) : NONE;
  const fallback = m.cue?.weak ? m.family.filter((e) => CUE_TARGETS[m.cue!.kind].includes(e.kind)) : NONE;
  if (shown.length) {
    const candidatesShown = shown.filter((e) => m.candidates.includes(e));
    const defaultReading = bestReading(m.candidates, ctx, gazetteer);
    if (shown.includes(defaultReading) && !fallback.length) return defaultReading;
    if (fallback.length && fallback.some((e) => shown.includes(e))) return bestReading(fallback.filter((e) => shown.includes(e)), ctx, gazetteer);
    if (!shown.includes(defaultReading)) return bestReading(candidatesShown.length ? candidatesShown : shown, ctx, gazetteer);
  }
  if (fallback.length) return bestReading(fallback, ctx, gazetteer);
  // Without a cue, a city and the subdivision named after it (Liverpool, Birmingham) is the city.
  const cities = admin1.length ? m.candidates.filter((e) => !admin1.includes(e)) : m.candidates;
  return bestReading(cities.length ? cities : m.candidates, ctx, gazetteer);
}

/** "the region" refers back to the last region (admin-1) mentioned before it. */
function resolveAnaphora(t: Tokens, mentions: Mention[], used: Uint8Array): ToponymSpan[] {
  const out: ToponymSpan[] = [];
  const regions = mentions.filter((m) => m.chosen?.kind === 'admin1');
  if (!regions.length) return out;
  let k = 0;
  let antecedent: Mention | undefined;
  // a phrase before the first region has nothing to refer back to
  for (const [a, b] of regionAnaphora(t, regions[0].raw.last)) {
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
