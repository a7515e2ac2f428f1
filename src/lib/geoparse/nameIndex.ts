/**
 * The lookup structure over every gazetteer name: normalised token n-grams ("nova kakhovka" ->
 * [nova-kakhovka]), each marked when a longer name starts with it, so the scanner walks forward
 * token by token and stops as soon as no longer name can start here. It is computed at build time
 * (encodeNameIndex, stored in the gazetteer file as the "nameIndex" section) and read in place
 * (keyTable.ts): loading it costs nothing, and a key's variants become objects when first looked up.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { skeletonOnce, stemKey } from './normalize';
import { allWords, tokenize, isCapitalised, isAllCaps, isCyrillic, type Tokens } from './tokenize';
import { ORGANISATION_NAMES } from './lexicon';
import { encodeKeyTable, findKey, packArrays, unpackArrays, type KeyTable } from './keyTable';

/** The gazetteer file's section holding the index. */
export const NAME_INDEX_SECTION = 'nameIndex';

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

/** Names by one kind of key (exact spelling skeleton, or Cyrillic stem). */
export interface NameKeys {
  /** Key number of a key, -1 if no name has it (in full or as its first words). */
  find(key: string): number;
  /** Variants of the names with key number k (undefined: k only starts longer names). */
  variants(k: number): NameVariant[] | undefined;
  /** Does a longer name start with key number k? */
  continues(k: number): boolean;
  /**
   * Key number of key k (a number find or next gave) followed by one more word, -1 if none;
   * `keyOf` gives the word's key (a pure function of the word: answers are remembered by word).
   */
  next(k: number, word: string, keyOf: (word: string) => string): number;
}

export interface NameIndex {
  gazetteer: Gazetteer;
  exact: NameKeys;
  stem: NameKeys;
  /** Lowercase first words of names that start in lowercase ("wilayah Kherson", "mer Noire"). */
  leadWords: Set<string>;
  leadStems: Set<string>;
  /**
   * Per first letter (UTF-16 code) of a lead word, the lengths of those words as bits
   * (lengthBit): a cheap filter before a lowercase token is sliced and hashed. 0 = no lead word.
   */
  leadLengths: WordLengths;
  /** The largest capIndex of any variant: how far after a lowercase lead word its capital may come. */
  maxCapIndex: number;
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

/** A table of these words' first characters and lengths. */
export function wordLengthsOf(words: Iterable<string>): WordLengths {
  const table = newWordLengths();
  for (const w of words) addWordLength(table, w);
  return table;
}

/** Could token i be one of the table's words? (false: it is none, and its word need not be sliced) */
export function mayBeWord(table: WordLengths, t: Tokens, i: number): boolean {
  return (table[t.text.charCodeAt(t.start[i])] & lengthBit(t.end[i] - t.start[i])) !== 0;
}

export function acronymLetters(word: string): string {
  return word.replace(/\./g, '');
}

const cache = new WeakMap<Gazetteer, NameIndex>();

export function nameIndex(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    // A gazetteer file written without the section (tests' small ones) gets it computed here.
    const bytes = gazetteer.section(NAME_INDEX_SECTION) ?? encodeNameIndex(gazetteer.entries);
    index = decodeNameIndex(bytes, gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

/** Cyrillic first two letters (lowercase) of an entry's names: guards short stem matches. */
const cyrillicHeads = new WeakMap<GazetteerEntry, Set<string>>();
export function cyrillicPrefixes(e: GazetteerEntry): ReadonlySet<string> {
  let heads = cyrillicHeads.get(e);
  if (!heads) {
    heads = new Set();
    for (const name of e.names) if (isCyrillic(name)) heads.add(name.slice(0, 2).toLowerCase());
    cyrillicHeads.set(e, heads);
  }
  return heads;
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

/** A variant while the index is built: ids are entry numbers (-1 none: organisations). */
interface BuildVariant { ids: number[]; capIndex: number; acronym: boolean; size: number; organisation: boolean; letters: string[] }
interface BuildKey { variants: BuildVariant[]; continues: boolean }

function keyOf(map: Map<string, BuildKey>, key: string): BuildKey {
  let k = map.get(key);
  if (!k) map.set(key, (k = { variants: [], continues: false }));
  return k;
}

function addVariant(map: Map<string, BuildKey>, key: string, v: BuildVariant) {
  const { variants } = keyOf(map, key);
  const same = variants.find((x) => x.capIndex === v.capIndex && x.acronym === v.acronym && x.organisation === v.organisation && x.size === v.size);
  if (!same) { variants.push({ ...v, ids: v.ids.slice(), letters: v.letters.slice() }); return; }
  for (const id of v.ids) if (!same.ids.includes(id)) same.ids.push(id);
  for (const l of v.letters) if (!same.letters.includes(l)) same.letters.push(l);
}

/** The index of these entries (sorted by id, as in the file), as the gazetteer file's section. */
export function encodeNameIndex(entries: readonly GazetteerEntry[]): Uint8Array {
  const exact = new Map<string, BuildKey>();
  const stem = new Map<string, BuildKey>();
  const leadWords = new Set<string>();
  const leadStems = new Set<string>();
  const addName = (name: string, ids: number[], organisation: boolean, stems: boolean) => {
    const words = PLAIN_NAME.test(name) ? name.split(' ') : allWords(tokenize(name));
    if (words.length === 0) return;
    const capIndex = words.findIndex((w) => isCapitalised(w));
    if (capIndex < 0) return; // all-lowercase names ("річка дніпро") are left to the cue rules
    const acronym = words.length === 1 && isAllCaps(words[0]) && words[0].replace(/\./g, '').length <= 5;
    const exactKeys = words.map((w) => skeletonOnce(w));
    const variant: BuildVariant = { ids, capIndex, acronym, size: words.length, organisation, letters: acronym ? [acronymLetters(words[0])] : [] };
    for (let i = 1; i < words.length; i++) keyOf(exact, exactKeys.slice(0, i).join(' ')).continues = true;
    addVariant(exact, exactKeys.join(' '), variant);
    if (stems && !acronym) {
      const stemKeys = words.map((w, i) => stemKey(w) || exactKeys[i]);
      for (let i = 1; i < words.length; i++) keyOf(stem, stemKeys.slice(0, i).join(' ')).continues = true;
      addVariant(stem, stemKeys.join(' '), variant);
      if (capIndex > 0 && isCyrillic(words[0])) leadStems.add(stemKeys[0]);
    }
    if (capIndex > 0) leadWords.add(words[0].toLowerCase());
  };
  entries.forEach((e, i) => {
    const stems = stemIndexed(e);
    for (const name of e.names) addName(name, [i], false, stems);
  });
  for (const name of ORGANISATION_NAMES) addName(name, [], true, true);

  const variantInfo: number[] = [];
  const variantIdStart = [0];
  const variantIds: number[] = [];
  const variantLetters: string[] = [];
  const table = (map: Map<string, BuildKey>) => {
    const keys = [...map.keys()];
    const { slots, keyStart, keyBytes } = encodeKeyTable(keys);
    const firstVariant = new Uint32Array(keys.length + 1);
    const continues = new Uint8Array(keys.length);
    keys.forEach((key, k) => {
      const entry = map.get(key)!;
      continues[k] = entry.continues ? 1 : 0;
      firstVariant[k] = variantInfo.length;
      for (const v of entry.variants) {
        variantInfo.push(v.capIndex | (v.size << 8) | (v.acronym ? 1 << 16 : 0) | (v.organisation ? 1 << 17 : 0));
        variantIds.push(...v.ids);
        variantIdStart.push(variantIds.length);
        variantLetters.push(v.letters.join(' '));
      }
    });
    firstVariant[keys.length] = variantInfo.length;
    return [slots, keyStart, keyBytes, firstVariant, continues];
  };
  const tables = [...table(exact), ...table(stem)];
  const text = (words: Iterable<string>) => new TextEncoder().encode([...words].join('\n'));
  return packArrays([
    ...tables, Uint32Array.from(variantInfo), Uint32Array.from(variantIdStart), Uint32Array.from(variantIds),
    text(variantLetters), text(leadWords), text(leadStems),
  ]);
}

/** Keys remembered per table (about a megabyte each when full). */
const RECENT_KEYS = 20_000;

function decodeNameIndex(bytes: Uint8Array, gazetteer: Gazetteer): NameIndex {
  const arrays = unpackArrays(bytes.byteOffset % 4 ? bytes.slice() : bytes);
  if (arrays.length !== 16) throw new Error(`name index section has ${arrays.length} arrays, expected 16`);
  const [variantInfo, variantIdStart, variantIds] = arrays.slice(10, 13) as Uint32Array[];
  const lines = (k: number) => new TextDecoder().decode(arrays[k]).split('\n');
  let letters: string[] | undefined;
  const variant = (v: number): NameVariant => {
    const info = variantInfo[v];
    const ids: string[] = [];
    for (let j = variantIdStart[v]; j < variantIdStart[v + 1]; j++) ids.push(gazetteer.idAt(variantIds[j]));
    const acronym = (info & (1 << 16)) !== 0;
    // letters always present (undefined but for acronyms): one object shape for every variant
    return {
      ids, capIndex: info & 0xff, acronym, letters: acronym ? (letters ??= lines(13))[v].split(' ') : undefined,
      size: (info >> 8) & 0xff, organisation: (info & (1 << 17)) !== 0,
    };
  };
  const keys = (first: number): NameKeys => {
    const table: KeyTable = { slots: arrays[first] as Uint32Array, keyStart: arrays[first + 1] as Uint32Array, keyBytes: arrays[first + 2] as Uint8Array };
    const firstVariant = arrays[first + 3] as Uint32Array;
    const continues = arrays[first + 4] as Uint8Array;
    const built: (NameVariant[] | null | undefined)[] = [];
    // News repeats its names: a Map hit on a recurring string (its hash kept in the string) beats
    // a probe of the multi-megabyte table, whose reads mostly miss the CPU caches.
    const recent = new Map<string, number>();
    /** Text of each key that continues, as found (next() extends it). */
    let texts: string[] | undefined;
    const find = (key: string): number => {
      let k = recent.get(key);
      if (k === undefined) {
        k = findKey(table, key);
        if (recent.size >= RECENT_KEYS) recent.clear();
        recent.set(key, k);
      }
      if (k >= 0 && continues[k] === 1) (texts ??= new Array(continues.length))[k] ??= key;
      return k;
    };
    // A name's next word is looked up from the key so far by that word as written: its key and
    // the joined string ("nova kakhovka") are made, hashed and probed only the first time the pair is met.
    let following = new Map<number, Map<string, number>>();
    let followingSize = 0;
    const next = (k: number, word: string, keyOf: (word: string) => string): number => {
      let byWord = following.get(k);
      if (!byWord) {
        if (followingSize >= RECENT_KEYS) { following = new Map(); followingSize = 0; }
        following.set(k, (byWord = new Map()));
      }
      let n = byWord.get(word);
      if (n === undefined) {
        n = find(texts![k] + ' ' + keyOf(word));
        byWord.set(word, n);
        followingSize++;
      }
      return n;
    };
    return {
      find,
      next,
      continues: (k) => continues[k] === 1,
      variants: (k) => {
        let list = built[k];
        if (list === undefined) {
          list = firstVariant[k] === firstVariant[k + 1] ? null : [];
          for (let v = firstVariant[k]; v < firstVariant[k + 1]; v++) list!.push(variant(v));
          built[k] = list;
        }
        return list ?? undefined;
      },
    };
  };
  const leadWords = new Set(lines(14).filter(Boolean));
  const leadLengths = newWordLengths();
  for (const w of leadWords) addWordLength(leadLengths, w);
  let maxCapIndex = 0;
  for (let v = 0; v < variantInfo.length; v++) maxCapIndex = Math.max(maxCapIndex, variantInfo[v] & 0xff);
  return { gazetteer, exact: keys(0), stem: keys(5), leadWords, leadStems: new Set(lines(15).filter(Boolean)), leadLengths, maxCapIndex };
}
