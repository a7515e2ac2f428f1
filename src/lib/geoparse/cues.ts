/**
 * Cue words around a name, compiled to normalised keys once: which kind of place the text says it
 * is ("Kherson region" -> admin1, "Sungai Dnipro" -> river, "bendungan Kakhovka" -> dam).
 */
import { AFTER_CUES, BEFORE_CUES, CITY_WORDS, REGION_ANAPHORA, REGION_WORDS, LIST_JOINERS, type CueKind } from './lexicon';
import { skeleton, skeletonInitial, stemKey } from './normalize';
import { allWords, isCapitalised, isCyrillic, isRegExpSpace, joinedGap, tokenize, wordAt, type Tokens } from './tokenize';
import { tokenKey } from './match';
import { addWordLength, lengthBit, newWordLengths, type WordLengths } from './nameIndex';

export interface Cue {
  kind: CueKind;
  weak: boolean;
  plural: boolean;
  /** Tokens the cue occupies (so they are not counted again as free words). */
  tokens: number[];
  before: boolean;
}

function wordKey(w: string): string {
  return isCyrillic(w) ? stemKey(w) || skeleton(w) : skeleton(w);
}

function phraseKeys(p: string): string[] {
  return allWords(tokenize(p)).map(wordKey);
}

/**
 * 1 at each ASCII first character of some keys. A token starting with an ASCII letter has a key
 * starting with skeletonInitial of it: when that is not in the table, the token's word need not
 * be sliced and keyed to know it is none of the keys (most words next to a name are not cues).
 */
type KeyInitials = Uint8Array;

function keyInitials(keys: Iterable<string>): KeyInitials {
  const table = new Uint8Array(128);
  for (const key of keys) if (key.length && key.charCodeAt(0) < 128) table[key.charCodeAt(0)] = 1;
  return table;
}

/** Could the word starting with character code c have a key with one of these initials? */
function mayHaveInitial(initials: KeyInitials, c: number): boolean {
  const initial = skeletonInitial(c);
  return initial < 0 || initials[initial] === 1;
}

/** Could token i's key be one of the keys of `initials`? */
function mayBeKey(initials: KeyInitials, t: Tokens, i: number): boolean {
  return mayHaveInitial(initials, t.text.charCodeAt(t.start[i]));
}

interface Compiled {
  after: Map<string, { kind: CueKind; plural: boolean }>;
  afterInitials: KeyInitials;
  /** Before-cue phrases by the key of their last word, longest first. */
  before: Map<string, { kind: CueKind; weak: boolean; keys: string[] }[]>;
  beforeLastInitials: KeyInitials;
  beforeFirstWords: Set<string>;
  beforeFirstInitials: KeyInitials;
  region: Set<string>;
  regionInitials: KeyInitials;
  city: Set<string>;
  cityInitials: KeyInitials;
  /** Anaphora phrases (normalised keys) by their first word as written, in lower and title case. */
  anaphora: Map<string, string[][]>;
  /** 1 for the first characters (UTF-16 units) of those words: a table, as it is read for every token. */
  /** Their lengths by first letter: checked before a token is sliced into a string. */
  anaphoraLengths: WordLengths;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const after = new Map<string, { kind: CueKind; plural: boolean }>();
  for (const c of AFTER_CUES) for (const w of c.words) for (const k of phraseKeys(w)) if (!after.has(k)) after.set(k, { kind: c.kind, plural: !!c.plural });
  const phrases = BEFORE_CUES.flatMap((c) => c.phrases.map((p) => ({ kind: c.kind, weak: !!c.weak, keys: phraseKeys(p) })))
    .sort((a, b) => b.keys.length - a.keys.length);
  const before = new Map<string, typeof phrases>();
  for (const p of phrases) {
    const last = p.keys[p.keys.length - 1];
    before.set(last, [...(before.get(last) ?? []), p]);
  }
  const beforeFirstWords = new Set(phrases.filter((b) => !b.weak).map((b) => b.keys[0]));
  const region = new Set(REGION_WORDS.map(wordKey));
  const city = new Set(CITY_WORDS.map(wordKey));
  compiled = {
    after, afterInitials: keyInitials(after.keys()),
    before, beforeLastInitials: keyInitials(before.keys()),
    beforeFirstWords, beforeFirstInitials: keyInitials(beforeFirstWords),
    region, regionInitials: keyInitials(region),
    city, cityInitials: keyInitials(city),
    anaphora: new Map(),
    anaphoraLengths: newWordLengths(),
  };
  for (const p of REGION_ANAPHORA) {
    const first = p.split(' ')[0];
    for (const form of [first.toLowerCase(), first[0].toUpperCase() + first.slice(1).toLowerCase()]) {
      compiled.anaphora.set(form, [...(compiled.anaphora.get(form) ?? []), phraseKeys(p)]);
      addWordLength(compiled.anaphoraLengths, form);
    }
  }
  return compiled;
}

/** A capitalised word that introduces a place ("Sungai", "Gebiet", "Oblast"), not a person's name. */
export function isCueWord(w: string): boolean {
  const c = compile();
  return mayHaveInitial(c.beforeFirstInitials, w.charCodeAt(0)) && c.beforeFirstWords.has(wordKey(w));
}

/** Indonesian puts adjectives after the noun ("kota penting Kherson"): one may stand between. */
const ID_NO_GAP_WORDS = new Set(['di', 'ke', 'dari', 'dekat', 'yang', 'dan', 'atau', 'untuk', 'dengan', 'oleh', 'pada', 'sekitar']);

/** A cue and its name stand together: spaces, or a hyphen ("Kachowka-Staudamm"). */
function gapOk(t: Tokens, a: number, b: number): boolean {
  return joinedGap(t, a, b);
}

/** The cue right after the name (tokens first..last-1), if any. */
export function cueAfter(t: Tokens, last: number): Cue | undefined {
  if (last >= t.length || !gapOk(t, last - 1, last)) return undefined;
  const c = compile();
  if (!mayBeKey(c.afterInitials, t, last)) return undefined;
  const hit = c.after.get(tokenKey(t, last));
  if (!hit) return undefined;
  return { kind: hit.kind, weak: false, plural: hit.plural, tokens: [last], before: false };
}

/** The before-cue phrase ending at token endTok, if any (longest phrase first). */
function phraseEndingAt(t: Tokens, endTok: number, allowWeak: boolean): Cue | undefined {
  const c = compile();
  if (!mayBeKey(c.beforeLastInitials, t, endTok)) return undefined;
  for (const p of c.before.get(tokenKey(t, endTok)) ?? []) {
    if (p.weak && !allowWeak) continue;
    const n = p.keys.length;
    const s = endTok - n + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) {
      if (tokenKey(t, s + k) !== p.keys[k] || !gapOk(t, s + k, s + k + 1)) ok = false;
    }
    if (ok) {
      const tokens: number[] = [];
      for (let k = 0; k < n; k++) tokens.push(s + k);
      return { kind: p.kind, weak: p.weak, plural: false, tokens, before: true };
    }
  }
  return undefined;
}

/** The cue phrase ending right before the name, if any (longest phrase first). */
export function cueBefore(t: Tokens, first: number, language: string): Cue | undefined {
  if (first === 0 || !gapOk(t, first - 1, first)) return undefined;
  const direct = phraseEndingAt(t, first - 1, true);
  if (direct) return direct;
  if (language === 'id' && first >= 2) {
    const between = wordAt(t, first - 1);
    if (!isCapitalised(between) && !ID_NO_GAP_WORDS.has(between.toLowerCase()) && gapOk(t, first - 2, first - 1)) {
      const cue = phraseEndingAt(t, first - 2, false);
      if (cue && cue.tokens.length === 1) return { ...cue, tokens: [...cue.tokens, first - 1] };
    }
  }
  return undefined;
}

export function isRegionWord(t: Tokens, i: number): boolean {
  const c = compile();
  return mayBeKey(c.regionInitials, t, i) && c.region.has(tokenKey(t, i));
}

export function isCityWord(t: Tokens, i: number): boolean {
  const c = compile();
  return mayBeKey(c.cityInitials, t, i) && c.city.has(tokenKey(t, i));
}

/** Token ranges [first, last) of "the region"-like phrases that start at token `from` or later. */
export function regionAnaphora(t: Tokens, from = 0): [number, number][] {
  const out: [number, number][] = [];
  const c = compile();
  for (let i = from; i < t.length; i++) {
    if ((c.anaphoraLengths[t.text.charCodeAt(t.start[i])] & lengthBit(t.end[i] - t.start[i])) === 0) continue;
    const candidates = c.anaphora.get(wordAt(t, i));
    if (!candidates) continue;
    for (const keys of candidates) {
      const n = keys.length;
      if (i + n > t.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const initial = skeletonInitial(t.text.charCodeAt(t.start[i + k]));
        if ((initial >= 0 && initial !== keys[k].charCodeAt(0)) || tokenKey(t, i + k) !== keys[k] || !gapOk(t, i + k - 1, i + k)) ok = false;
      }
      if (ok) { out.push([i, i + n]); break; }
    }
  }
  return out;
}

const JOINERS = new Set(LIST_JOINERS);
/** The longest part a list gap can have: a joiner with a comma after it. */
const LONGEST_JOINER_PART = Math.max(...LIST_JOINERS.map((w) => w.length)) + 1;

function isJoinerPart(p: string): boolean {
  return JOINERS.has(p.toLowerCase()) || (p.endsWith(',') && (p.length === 1 || JOINERS.has(p.slice(0, -1).toLowerCase())));
}

/**
 * Is text[from, to) only list punctuation and conjunctions ("Donetsk and Luhansk"), at most three
 * whitespace-separated parts? Read in place, stopping at the first part that is none: the gap
 * between two names is often a whole sentence.
 */
export function listGap(text: string, from: number, to: number): boolean {
  let parts = 0;
  for (let k = from; ;) {
    while (k < to && isRegExpSpace(text.charCodeAt(k))) k++;
    if (k >= to) return parts > 0;
    let end = k;
    while (end < to && !isRegExpSpace(text.charCodeAt(end))) end++;
    if (++parts > 3 || end - k > LONGEST_JOINER_PART || !isJoinerPart(text.slice(k, end))) return false;
    k = end;
  }
}
