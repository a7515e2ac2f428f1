/**
 * Rules that let a world of namesakes in without the common words: "City, State" patterns, the
 * support a small town needs from the article, names that are common words, surnames.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { addToContext, admin1Of, distanceKm, emptyContext, isMinor, isPopulated, type ArticleContext } from './readings';
import { sentenceInitial } from './match';
import { isAllCaps, isRegExpSpace, wordAt, type Tokens } from './tokenize';
import type { Mention } from './mention';

/** From this population a city named like a common word stands when capitalised inside a sentence (Cologne, Phoenix; not Nice or Reading). */
const COMMON_WORD_CITY_POPULATION = 500_000;

/** Up to this population a town named like a first name needs support ("Mary said"; Geneva and Florence stand). */
const PERSON_NAME_POPULATION = 150_000;

/** A town (seat of government or not: Mary, Turkmenistan) of fewer people than `population`. */
function isMinorFor(e: GazetteerEntry, population: number): boolean {
  return (e.kind === 'city' || e.kind === 'town' || e.kind === 'village') && (e.population ?? 0) < population;
}

/** From this population a town whose name no other place has is placed by its country being named. */
const COUNTRY_SUPPORT_POPULATION = 15_000;

/** How close another of the article's places must be to place a small town. */
const SUPPORT_KM = 150;

/** Small towns of one article this close to each other place each other (Oceanside, Bellmore, Fire Island). */
const CLUSTER_KM = 40;

/**
 * Small towns the article names together support each other when they lie close together: a
 * coincidence of several unrelated namesakes within a few tens of km is unlikely.
 */
export function clusteredMinor(mentions: readonly Mention[], needs: ReadonlyMap<Mention, 'word' | 'minor' | undefined>): Set<Mention> {
  const minor = mentions.filter((m) => m.chosen && needs.get(m) === 'minor');
  // A town recurs in its article: pairs of distinct places, not of mentions, are measured.
  const places = [...new Set(minor.map((m) => m.chosen!))];
  const clustered = new Set<GazetteerEntry>();
  for (let a = 0; a < places.length; a++) {
    for (let b = a + 1; b < places.length; b++) {
      const x = places[a], y = places[b];
      if (distanceKm([x.lon, x.lat], [y.lon, y.lat]) <= CLUSTER_KM) { clustered.add(x); clustered.add(y); }
    }
  }
  return new Set(clustered.size ? minor.filter((m) => clustered.has(m.chosen!)) : []);
}

/** Is the gap between two mentions a comma ("Columbus, Ohio"; "Paris, Ky.")? */
function commaGap(t: Tokens, a: Mention, b: Mention): boolean {
  // /^\s*,\s*$/ over the gap, read in place: every neighbouring pair of mentions is tested
  let k = t.end[a.raw.last - 1];
  const end = t.start[b.raw.first];
  while (k < end && isRegExpSpace(t.text.charCodeAt(k))) k++;
  if (k >= end || t.text.charCodeAt(k) !== 44) return false;
  for (k++; k < end; k++) if (!isRegExpSpace(t.text.charCodeAt(k))) return false;
  return true;
}

function isAncestor(gazetteer: Gazetteer, place: GazetteerEntry, of: GazetteerEntry): boolean {
  return gazetteer.ancestors(place.id).includes(of) || (of.kind === 'country' && place.country === of.country && place.kind !== 'country');
}

/**
 * "City, State" and "City, Country": the state or country after the comma picks the namesake
 * inside it, and both are read that way (Paris, Ky. -> Paris, Kentucky; Columbus, Ohio).
 */
export function applyCommaPatterns(t: Tokens, mentions: Mention[], gazetteer: Gazetteer): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    if (!commaGap(t, a, b)) continue;
    const containers = b.candidates.filter((e) => e.kind === 'admin1' || e.kind === 'country');
    for (const container of containers) {
      const inside = a.candidates.filter((e) => e !== container && isAncestor(gazetteer, e, container));
      if (!inside.length) continue;
      a.candidates = inside;
      a.pattern = b.pattern = true;
      b.chosen = container;
      b.explicit = true;
      if (inside.length === 1) { a.chosen = inside[0]; a.explicit = true; }
      break;
    }
  }
}

/** Two-letter codes the news writes alone for a place (British Columbia, Washington, D.C.). */
const STANDALONE_CODES = new Set(['BC', 'DC']);

/**
 * A bare two-letter code (IN, OR, ME, PA, GA) names a state only in "City, ST"; an acronym glued
 * to a currency sign or a number ("$US4.5 billion", "US$3.7m") is a currency.
 */
export function isBareStateCode(t: Tokens, m: Mention): boolean {
  const w = wordAt(t, m.raw.first);
  const before = t.start[m.raw.first] > 0 ? t.text.charCodeAt(t.start[m.raw.first] - 1) : -1;
  const after = t.text.charCodeAt(t.end[m.raw.last - 1]); // NaN at the end of the text
  if (before === 36 || after === 36 || (after >= 48 && after <= 57)) return true; // $, or a digit after
  if (m.pattern || m.raw.last - m.raw.first !== 1) return false;
  return w.length === 2 && !STANDALONE_CODES.has(w) && m.candidates.every((e) => e.kind === 'admin1');
}

/** An abbreviated state after "City, " ("Paris, Ky.", "Washington, D.C."): a mention of the state, full stop included. */
export function isStateAbbreviation(t: Tokens, m: Mention): boolean {
  if (!m.pattern || m.raw.last - m.raw.first !== 1 || m.chosen?.kind !== 'admin1') return false;
  const w = wordAt(t, m.raw.first);
  return w.length <= 5 && (isAllCaps(w) || (t.text[t.end[m.raw.first]] === '.' && m.chosen.names.includes(`${w}.`)));
}

/** Does the mention stand on its own, or must the article place it (a small town, a word-like name)? */
export function needsSupport(t: Tokens, m: Mention, gazetteer: Gazetteer): 'word' | 'minor' | undefined {
  const e = m.chosen;
  if (!e || m.pattern || (m.cue && !m.cue.weak)) return undefined;
  const word = wordAt(t, m.raw.first);
  const single = m.raw.last - m.raw.first === 1;
  const wordLike = single && e.kind !== 'country' && !isAllCaps(word)
    && ((isCommonWord(gazetteer, word) && !(isPopulated(e) && (e.population ?? 0) >= COMMON_WORD_CITY_POPULATION && !sentenceInitial(t, m.raw.first))) || (gazetteer.firstNames.has(word) && (e.kind === 'admin1' || isMinorFor(e, PERSON_NAME_POPULATION))));
  if (wordLike) return 'word';
  // A small town needs the article to place it unless its name is its own: a name of several
  // words that no other place has ("Nova Kakhovka", "Fort Salonga").
  return isMinor(e) && (single || m.candidates.length > 1 || allCommonWords(t, m, gazetteer)) ? 'minor' : undefined;
}

/**
 * Is this word, in lowercase, one of the gazetteer's common words? Remembered by word as written:
 * a mention's word was hashed when it was matched, and lower-casing it makes a new string to hash.
 */
const commonWordAnswers = new WeakMap<Gazetteer, Map<string, boolean>>();
const COMMON_WORD_ANSWERS_LIMIT = 20_000;

function isCommonWord(gazetteer: Gazetteer, word: string): boolean {
  let answers = commonWordAnswers.get(gazetteer);
  if (!answers) commonWordAnswers.set(gazetteer, (answers = new Map()));
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = gazetteer.commonWords.has(word.toLowerCase());
    if (answers.size >= COMMON_WORD_ANSWERS_LIMIT) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

/** Is every word of the name a common word ("White House", "Green Valley")? */
function allCommonWords(t: Tokens, m: Mention, gazetteer: Gazetteer): boolean {
  for (let i = m.raw.first; i < m.raw.last; i++) if (!isCommonWord(gazetteer, wordAt(t, i))) return false;
  return true;
}

/** Places the article pins down without help: the context the others are judged against. */
export function anchorContext(mentions: readonly Mention[], standsAlone: (m: Mention) => boolean, gazetteer: Gazetteer, extra: readonly GazetteerEntry[]): ArticleContext {
  const ctx = emptyContext();
  for (const e of extra) addToContext(ctx, gazetteer, e);
  for (const m of mentions) if (m.chosen && standsAlone(m)) addToContext(ctx, gazetteer, m.chosen);
  return ctx;
}

/** Does the article place this entry: its state or (for a state) its country named, or another place nearby? */
export function supported(e: GazetteerEntry, ctx: ArticleContext, gazetteer: Gazetteer): boolean {
  if ((e.kind === 'admin1' || e.kind === 'region') && e.country && ctx.countries.has(e.country)) return true;
  const admin = admin1Of(gazetteer, e);
  if (admin && admin !== e.id && ctx.admin1.has(admin)) return true;
  const here: [number, number] = [e.lon, e.lat];
  for (const p of ctx.points) {
    if ((p[0] !== e.lon || p[1] !== e.lat) && distanceKm(p, here) <= SUPPORT_KM) return true;
  }
  return false;
}

/**
 * Which mentions stand: a small town needs support; a name that is a common word ("Nice",
 * "Reading") or a first name ("Mary") also must not open a sentence or a headline.
 */
export function keepMention(t: Tokens, m: Mention, need: 'word' | 'minor' | undefined, ctx: ArticleContext, gazetteer: Gazetteer): boolean {
  if (!m.chosen) return false;
  if (!need) return true;
  if (need === 'word' && sentenceInitial(t, m.raw.first) && isCommonWord(gazetteer, wordAt(t, m.raw.first))) return false;
  // a town of some size that no other place shares its name with is placed by its country alone
  // (Manbij ... Syria); a village named like a thing (Heathrow, Florida; White House, Tennessee) is not
  if (need === 'minor' && m.candidates.every((e) => e === m.chosen || e.country !== m.chosen!.country) && (m.chosen.population ?? 0) >= COUNTRY_SUPPORT_POPULATION
    && m.chosen.country && ctx.countries.has(m.chosen.country) && !allCommonWords(t, m, gazetteer)) return true;
  return supported(m.chosen, ctx, gazetteer);
}
