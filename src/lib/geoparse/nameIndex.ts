/**
 * The precompiled lookup structure over every gazetteer name: a hash of normalised token n-grams
 * ("nova kakhovka" -> [nova-kakhovka]) plus the set of their proper prefixes, so the scanner walks
 * forward token by token and stops as soon as no longer name can start here. Built once per
 * Gazetteer (cached) in a few tens of milliseconds.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { skeletonOnce, stemKey } from './normalize';
import { allWords, tokenize, isCapitalised, isAllCaps, isCyrillic } from './tokenize';
import { ORGANISATION_NAMES } from './lexicon';

/** One way a key can be written: which places, and how the text must look to count. */
export interface NameVariant {
  ids: readonly string[];
  /** Index of the first token written with a capital in the gazetteer: it must be capitalised in text. */
  capIndex: number;
  /** An acronym (US, UK, DPR, США): matches only all-caps text spelling one of `letters`. */
  acronym: boolean;
  /** An acronym's letters without dots (US for U.S.): BBC must not match BC through folding. */
  letters?: string[];
  /** Number of tokens. */
  size: number;
  /** An organisation name (Kyiv Independent): matched to swallow the span, never a mention. */
  organisation: boolean;
}

export interface NameIndex {
  gazetteer: Gazetteer;
  exact: Map<string, NameVariant[]>;
  exactPrefixes: Set<string>;
  stem: Map<string, NameVariant[]>;
  stemPrefixes: Set<string>;
  /** Lowercase first words of names that start in lowercase ("wilayah Kherson", "mer Noire"). */
  leadWords: Set<string>;
  leadStems: Set<string>;
  /**
   * Per first letter (UTF-16 code) of a lead word, the lengths of those words as bits
   * (lengthBit): a cheap filter before a lowercase token is sliced and hashed. 0 = no lead word.
   */
  leadLengths: WordLengths;
  /** First two letters (lowercase) of each entry's Cyrillic names: guards short stem matches. */
  cyrillicPrefixes: Map<string, Set<string>>;
}

/** Bit for a word length (lengths from 31 on share bit 31). */
export function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** Lengths of words, as bits, by their first character: a table read per token. */
export type WordLengths = Uint32Array;

export function newWordLengths(): WordLengths {
  return new Uint32Array(0x10000);
}

export function addWordLength(table: WordLengths, word: string): void {
  table[word.charCodeAt(0)] |= lengthBit(word.length);
}

export function acronymLetters(word: string): string {
  return word.replace(/\./g, '');
}

const cache = new WeakMap<Gazetteer, NameIndex>();

export function nameIndex(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = buildIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

function push(map: Map<string, NameVariant[]>, key: string, v: NameVariant) {
  const list = map.get(key);
  if (!list) { map.set(key, [copy(v)]); return; }
  for (const x of list) {
    if (x.capIndex === v.capIndex && x.acronym === v.acronym && x.organisation === v.organisation && x.size === v.size) {
      for (const id of v.ids) if (!x.ids.includes(id)) (x.ids as string[]).push(id);
      for (const l of v.letters ?? []) if (!x.letters?.includes(l)) (x.letters ??= []).push(l);
      return;
    }
  }
  list.push(copy(v));
}

function copy(v: NameVariant): NameVariant {
  return { ids: v.ids.slice(), capIndex: v.capIndex, acronym: v.acronym, size: v.size, organisation: v.organisation, letters: v.letters?.slice() };
}

/** Plain capitalised ASCII words separated by single spaces ("Gainesville", "Fort Salonga"): most names. */
const PLAIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/**
 * Whose names Cyrillic text may inflect (Херсоні, Парижі): places of the transliterated countries,
 * countries, regions and water, and cities of 100,000 people or more. The stem index leaves out
 * the world's small towns, which Cyrillic news does not name in inflected form often enough to pay
 * for keying 130,000 names twice.
 */
function stemIndexed(e: GazetteerEntry): boolean {
  if (e.country === 'UA' || e.country === 'RU' || e.country === 'BY') return true;
  if (e.kind !== 'city' && e.kind !== 'town' && e.kind !== 'village') return e.kind !== 'region' || !e.geonames;
  return (e.population ?? 0) >= 100_000 || e.seat !== undefined;
}

function buildIndex(gazetteer: Gazetteer): NameIndex {
  const index: NameIndex = {
    gazetteer,
    exact: new Map(), exactPrefixes: new Set(), stem: new Map(), stemPrefixes: new Set(),
    leadWords: new Set(), leadStems: new Set(), leadLengths: newWordLengths(), cyrillicPrefixes: new Map(),
  };
  const addName = (name: string, ids: string[], organisation: boolean, stems: boolean) => {
    const words = PLAIN_NAME.test(name) ? name.split(' ') : allWords(tokenize(name));
    if (words.length === 0) return;
    const capIndex = words.findIndex((w) => isCapitalised(w));
    if (capIndex < 0) return; // all-lowercase names ("річка дніпро") are left to the cue rules
    const acronym = words.length === 1 && isAllCaps(words[0]) && words[0].replace(/\./g, '').length <= 5;
    const exactKeys = words.map((w) => skeletonOnce(w));
    const variant: NameVariant = { ids, capIndex, acronym, size: words.length, organisation, letters: acronym ? [acronymLetters(words[0])] : undefined };
    for (let i = 1; i < words.length; i++) index.exactPrefixes.add(exactKeys.slice(0, i).join(' '));
    push(index.exact, exactKeys.join(' '), variant);
    if (stems && !acronym) {
      const stemKeys = words.map((w, i) => stemKey(w) || exactKeys[i]);
      for (let i = 1; i < words.length; i++) index.stemPrefixes.add(stemKeys.slice(0, i).join(' '));
      push(index.stem, stemKeys.join(' '), variant);
      if (capIndex > 0 && isCyrillic(words[0])) index.leadStems.add(stemKeys[0]);
    }
    if (capIndex > 0) {
      const lead = words[0].toLowerCase();
      index.leadWords.add(lead);
      addWordLength(index.leadLengths, lead);
    }
  };
  for (const e of gazetteer.entries) {
    let prefixes: Set<string> | undefined;
    const ids = [e.id];
    const stems = stemIndexed(e);
    for (const name of e.names) {
      addName(name, ids, false, stems);
      if (isCyrillic(name)) (prefixes ??= new Set()).add(name.slice(0, 2).toLowerCase());
    }
    if (prefixes) index.cyrillicPrefixes.set(e.id, prefixes);
  }
  for (const name of ORGANISATION_NAMES) addName(name, [], true, true);
  return index;
}
