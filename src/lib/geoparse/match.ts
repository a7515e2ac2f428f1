/**
 * Step 1 of geoparsing: find every span of text that spells a gazetteer name (longest match wins).
 * nonMentions.ts then drops the spans that are not place mentions.
 */
import { acronymLetters, cyrillicPrefixes, lengthBit, nameIndex, type NameIndex, type NameKeys, type NameVariant } from './nameIndex';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { skeleton, stemKey, toLatin } from './normalize';
import { capitalisedAt, firstCodeAt, isAllCaps, isCyrillic, isCyrillicCode, joinedGap, wordAt, type Tokens } from './tokenize';
import { STOPWORDS_ALL } from './lexicon';

export interface RawMatch {
  /** First token and one past the last token. */
  first: number;
  last: number;
  /** Shared with the name index: read only. */
  ids: readonly string[];
  organisation: boolean;
}

const STOP = new Set(STOPWORDS_ALL.map((w) => w.toLowerCase()));
/** Key used to compare a token with names and cue words: Cyrillic tokens by stem (case endings). */
export function tokenKey(t: Tokens, i: number): string {
  // (stemKey remembers its answers by word: a Cyrillic token's key is one lookup of its word)
  return isCyrillicCode(t.text.charCodeAt(t.start[i])) ? stemKey(wordAt(t, i)) || tokenSkeleton(t, i) : tokenSkeleton(t, i);
}

/** skeleton() of token i, remembered on the token list (cues look at the same tokens again). */
export function tokenSkeleton(t: Tokens, i: number): string {
  return (t.skeletons[i] ??= skeleton(wordAt(t, i)));
}

/** Between the tokens of one name: spaces, or a hyphen ("Ivano-Frankivsk", "Kachowka-Staudamm"). */
export function nameGap(t: Tokens, a: number, b: number): boolean {
  return joinedGap(t, a, b);
}

/**
 * Countries whose names reach the news through many transliterations (Kyiv/Kiev/Kijów, Luhansk/
 * Lugansk): their places match through the spelling-insensitive key. Elsewhere the key is only a
 * first filter and the text must spell a name letter for letter (case and diacritics aside), so
 * Syrian is not Sirjan, Ian not Jian, Killy not Chile.
 */
const LOOSE_SPELLING_COUNTRIES = new Set(['UA', 'RU', 'BY']);

const spellingCache = new Map<string, string>();
const SPELLING_CACHE_LIMIT = 50_000;

/** A name as written, transliterated, without full stops, apostrophes unified (remembered: names recur). */
function plainSpelling(s: string): string {
  let plain = spellingCache.get(s);
  if (plain === undefined) {
    plain = toLatin(s).replace(/[’ʼ`´‘]/g, "'").replace(/\./g, '').replace(/[\s-]+/g, ' ').trim();
    if (spellingCache.size >= SPELLING_CACHE_LIMIT) spellingCache.clear();
    spellingCache.set(s, plain);
  }
  return plain;
}

const plainNamesCache = new WeakMap<GazetteerEntry, Set<string>>();

/** An entry's names as plainSpelling writes them, computed once per entry. */
function plainNames(e: GazetteerEntry): Set<string> {
  let names = plainNamesCache.get(e);
  if (!names) {
    names = new Set();
    for (const n of e.names) names.add(plainSpelling(n) + (n.endsWith('.') && n.length <= 6 ? '.' : ''));
    plainNamesCache.set(e, names);
  }
  return names;
}

/**
 * spelledAlike's answers by ids list and spelling: a name recurs, and the same answer (the same
 * array) lets the geoparser reuse what it worked out for the list (readingsOf, bestReading).
 */
const spelledCache = new WeakMap<readonly string[], Map<string, readonly string[]>>();

function spelledAlike(t: Tokens, i: number, size: number, ids: readonly string[], gazetteer: Gazetteer): readonly string[] {
  const end = t.end[i + size - 1];
  const written = t.text.slice(t.start[i], end) + (t.text[end] === '.' ? '.' : '');
  let byText = spelledCache.get(ids);
  if (!byText) spelledCache.set(ids, (byText = new Map()));
  let kept = byText.get(written);
  if (!kept) {
    kept = spelledAlikeUncached(t, i, size, ids, gazetteer);
    if (byText.size < 1000) byText.set(written, kept);
  }
  return kept;
}

function spelledAlikeUncached(t: Tokens, i: number, size: number, ids: readonly string[], gazetteer: Gazetteer): readonly string[] {
  let text: string | undefined;
  let out: string[] | undefined;
  for (let k = 0; k < ids.length; k++) {
    const e = gazetteer.get(ids[k]);
    let ok = !e || (e.country !== undefined && LOOSE_SPELLING_COUNTRIES.has(e.country));
    if (!ok) {
      text ??= plainSpelling(t.text.slice(t.start[i], t.end[i + size - 1]));
      // an abbreviation is written with its full stop ("Mass." is Massachusetts, "Mass" a service)
      const names = plainNames(e!);
      ok = names.has(text!) || (t.text[t.end[i + size - 1]] === '.' && names.has(text + '.'));
    }
    if (!ok && !out) out = ids.slice(0, k) as string[];
    else if (ok && out) out.push(ids[k]);
  }
  const kept = out ?? ids;
  // Among places reached through the loose key, those the text spells letter for letter come first:
  // German "Dnjepr" is the river's name; the city's Cyrillic "Днепр" only folds onto it.
  if (kept.length > 1) {
    text ??= plainSpelling(t.text.slice(t.start[i], t.end[i + size - 1]));
    const exact = kept.filter((id) => { const e = gazetteer.get(id); return !!e && (plainNames(e).has(text!) || plainNames(e).has(text + '.')); });
    if (exact.length && exact.length < kept.length) return exact;
  }
  return kept;
}

/** What a name's variants say of a span: the places it names, or that it is an organisation's name. */
interface Accepted { ids: readonly string[]; organisation: boolean }

function acceptVariants(variants: NameVariant[] | undefined, t: Tokens, i: number, size: number, index: NameIndex, viaStem: boolean): Accepted | undefined {
  if (!variants) return undefined;
  let ids: readonly string[] | undefined;
  let organisation = false;
  for (const v of variants) {
    if (v.size !== size) continue;
    if (!capitalisedAt(t, i + v.capIndex)) continue;
    if (v.acronym) {
      if (!isAllCaps(wordAt(t, i)) || !v.letters?.includes(acronymLetters(wordAt(t, i)))) continue;
    } else if (size === 1) {
      const w = wordAt(t, i);
      if (STOP.has(w.toLowerCase())) continue;
      // a short all-caps token is an acronym (BAR, MENA), not a town; one of four or five letters
      // (NATO, KOBE) is a name only in an all-caps headline or a dateline; longer ones (KHERSON) are names
      if (isAllCaps(w) && (w.replace(/\./g, '').length <= 3 || (w.length < 6 && !allCapsNeighbour(t, i)))) continue;
    }
    // an organisation's or phenomenon's name is read as that even where a place has it (El Niño)
    if (v.organisation) return { ids: [], organisation: true };
    let vIds = v.ids;
    if (viaStem && size === 1) {
      // A one-word match through case endings: either a long stem or a Cyrillic name that starts alike.
      const head = wordAt(t, i).slice(0, 2).toLowerCase();
      const long = stemKey(wordAt(t, i)).replace('*', '').length >= 5;
      if (!long) vIds = vIds.filter((id) => cyrillicPrefixes(index.gazetteer.get(id)!).has(head));
    }
    if (!v.acronym) vIds = spelledAlike(t, i, size, vIds, index.gazetteer);
    if (vIds.length) ids = ids ? [...ids, ...vIds.filter((x) => !ids!.includes(x))] : vIds;
  }
  if (!ids && !organisation) return undefined;
  return { ids: ids ?? [], organisation: organisation && !ids };
}

function allCapsNeighbour(t: Tokens, i: number): boolean {
  // a dateline ("LAGOS —") opens its line
  if (i === 0 || t.text.lastIndexOf('\n', t.start[i]) >= t.end[i - 1]) return true;
  return (i > 0 && isAllCaps(wordAt(t, i - 1)) && wordAt(t, i - 1).length > 1) || (i + 1 < t.length && isAllCaps(wordAt(t, i + 1)) && wordAt(t, i + 1).length > 1);
}

/**
 * A word as written as the first word of a name, per key kind: its key number, and acceptVariants'
 * answers for it alone (`dotted`: a full stop follows), which outside all-caps text (where the
 * neighbours count) depend on the word alone. One lookup per word instead of one each for its
 * skeleton, key and answer. Answers are shared read-only, as the name index's id lists are.
 */
interface WordStart { key: number; allCaps: boolean; plain: Accepted | null | undefined; dotted: Accepted | null | undefined }
type WordStarts = Map<string, WordStart>;
const wordStarts = new WeakMap<NameIndex, { exact: WordStarts; stem: WordStarts }>();
const WORD_STARTS_LIMIT = 50_000;

function wordStartsFor(index: NameIndex): { exact: WordStarts; stem: WordStarts } {
  let starts = wordStarts.get(index);
  if (!starts) wordStarts.set(index, (starts = { exact: new Map(), stem: new Map() }));
  return starts;
}

function wordStart(t: Tokens, i: number, keys: NameKeys, stem: boolean, starts: WordStarts): WordStart {
  const w = wordAt(t, i);
  let start = starts.get(w);
  if (!start) {
    const key = keys.find(stem ? stemKey(w) || tokenSkeleton(t, i) : tokenSkeleton(t, i));
    start = { key, allCaps: isAllCaps(w), plain: undefined, dotted: undefined };
    if (starts.size >= WORD_STARTS_LIMIT) starts.clear();
    starts.set(w, start);
  }
  return start;
}

function acceptOneWord(variants: NameVariant[] | undefined, t: Tokens, i: number, index: NameIndex, viaStem: boolean, start: WordStart): Accepted | undefined {
  if (!variants) return undefined;
  if (start.allCaps) return acceptVariants(variants, t, i, 1, index, viaStem);
  const dotted = t.text.charCodeAt(t.end[i]) === 46;
  let answer = dotted ? start.dotted : start.plain;
  if (answer === undefined) {
    answer = acceptVariants(variants, t, i, 1, index, viaStem) ?? null;
    if (dotted) start.dotted = answer;
    else start.plain = answer;
  }
  return answer ?? undefined;
}

/** A word's key in the stem table: Cyrillic words by stem (case endings). */
const stemWordKey = (w: string) => (isCyrillic(w) ? stemKey(w) || skeleton(w) : skeleton(w));

function walk(t: Tokens, i: number, index: NameIndex, stem: boolean, starts: WordStarts): RawMatch | undefined {
  const keys = stem ? index.stem : index.exact;
  const start = wordStart(t, i, keys, stem, starts);
  let k = start.key;
  if (k < 0) return undefined;
  const first = acceptOneWord(keys.variants(k), t, i, index, stem, start);
  let best: RawMatch | undefined = first && { first: i, last: i + 1, ids: first.ids, organisation: first.organisation };
  for (let j = i + 1; keys.continues(k) && j < t.length && nameGap(t, j - 1, j); j++) {
    k = keys.next(k, wordAt(t, j), stem ? stemWordKey : skeleton);
    if (k < 0) break;
    const ok = acceptVariants(keys.variants(k), t, i, j - i + 1, index, stem);
    if (ok) best = { first: i, last: j + 1, ids: ok.ids, organisation: ok.organisation };
  }
  return best;
}

/**
 * Can a name start with lowercase token i ("wilayah Kherson", "річка Дніпро")? Its word is sliced
 * only when its first letter (and, outside Cyrillic with its case endings, its length) fits a lead word.
 */
function startsLowercaseName(t: Tokens, i: number, index: NameIndex, first: number, cyrillic: boolean): boolean {
  const lengths = index.leadLengths[first];
  if (lengths === 0) return false;
  if (cyrillic) return index.leadWords.has(wordAt(t, i)) || index.leadStems.has(stemKey(wordAt(t, i)));
  return (lengths & lengthBit(t.end[i] - t.start[i])) !== 0 && index.leadWords.has(wordAt(t, i));
}

/**
 * Is one of the `within` tokens after lowercase token i capitalised? A name that opens with a
 * lowercase word ("wilayah Kherson", "the Hague") has its capital within the index's maxCapIndex
 * words; without one no walk from a lowercase word can match (most are "the", "in", "de").
 */
function capitalisedSoon(t: Tokens, i: number, within: number): boolean {
  for (let k = i + 1; k <= i + within && k < t.length; k++) if (capitalisedAt(t, k)) return true;
  return false;
}

/** Longest name matches, left to right, non-overlapping (organisation names included; nonMentions.ts drops them). */
export function findNames(t: Tokens, gazetteer: Gazetteer, language = ''): RawMatch[] {
  const index = nameIndex(gazetteer);
  const endings = INFLECTION_ENDINGS[language];
  const starts = wordStartsFor(index);
  const out: RawMatch[] = [];
  for (let i = 0; i < t.length; ) {
    const first = firstCodeAt(t, i);
    const cyr = isCyrillicCode(first);
    const capitalised = capitalisedAt(t, i);
    if (!capitalised && !startsLowercaseName(t, i, index, first, cyr)) { i++; continue; }
    let best: RawMatch | undefined;
    if (capitalised || capitalisedSoon(t, i, index.maxCapIndex)) {
      best = walk(t, i, index, false, starts.exact);
      if (cyr) {
        const viaStem = walk(t, i, index, true, starts.stem);
        if (viaStem && (!best || viaStem.last > best.last)) best = viaStem;
      }
    }
    if (!best && endings && !cyr) best = inflected(t, i, index, gazetteer, endings);
    if (best) { out.push(best); i = best.last; } else i++;
  }
  return out;
}

/**
 * Case endings of German (genitive -s), Polish and Czech on transliterated Ukrainian and Russian
 * names, longest first: Chersons, w Chersoniu, z Chersonia, Kijowa, w Charkowie, v Kyjevě, Chersonu.
 */
const INFLECTION_ENDINGS: Record<string, string[]> = {
  de: ['s'],
  pl: ['iem', 'owi', 'iu', 'ia', 'ie', 'em', 'u', 'a', 'ą', 'ę', 'i', 'y'],
  cs: ['em', 'ě', 'u', 'a', 'i', 'e', 'y'],
};
/** Countries whose names the endings apply to (their names are the generated spellings). */
const INFLECTED_COUNTRIES = new Set(['UA', 'RU', 'BY']);

function exactVariants(index: NameIndex, key: string): NameVariant[] | undefined {
  const k = index.exact.find(key);
  return k < 0 ? undefined : index.exact.variants(k);
}

function inflected(t: Tokens, i: number, index: NameIndex, gazetteer: Gazetteer, endings: readonly string[]): RawMatch | undefined {
  const w = wordAt(t, i);
  for (const ending of endings) {
    if (w.length - ending.length < 4 || !w.endsWith(ending)) continue;
    // feminine names lose their -a (Kachowka -> z Kachowki, v Kachovce): try the stem with it too
    const stem = w.slice(0, -ending.length);
    const variants = exactVariants(index, skeleton(stem)) ?? exactVariants(index, skeleton(stem + 'a'));
    const ids = variants?.filter((v) => v.size === 1 && !v.acronym && !v.organisation).flatMap((v) => v.ids)
      .filter((id) => INFLECTED_COUNTRIES.has(gazetteer.get(id)?.country ?? ''));
    if (ids?.length) return { first: i, last: i + 1, ids, organisation: false };
  }
  return undefined;
}

/** Does token i start a sentence (text start, or only punctuation/quotes since the last stop)? */
export function sentenceInitial(t: Tokens, i: number): boolean {
  if (i === 0) return true;
  for (let k = t.end[i - 1]; k < t.start[i]; k++) if (SENTENCE_BREAKS[t.text.charCodeAt(k)] === 1) return true;
  return false;
}
/** 1 at the code of each character that breaks a sentence (a table: a Set lookup per character costs far more). */
const SENTENCE_BREAKS = new Uint8Array(0x2100);
for (const c of '.!?:;\n•"“”«»()[]–—') SENTENCE_BREAKS[c.charCodeAt(0)] = 1;
