/**
 * Rule 7 of cleanText, repeats: pages repeat captions right after themselves, subheadings, pull
 * quotes and the headline itself (as image alt text, sometimes truncated: "Russia Withdraws From
 * Ukraine"). A line whose words all appeared before, in order — in the headline or in an earlier
 * kept line — adds nothing and is dropped. "Appeared before" is tested on normalised words (case,
 * quotes, possessive 's) with 4-word shingles, so it stays linear in the article length.
 */
import type { Line } from './lines.ts';

const SHINGLE = 4;

/**
 * For each BMP character: its lower-case form when that is a letter or digit, else 0 (a word
 * separator). Built once; lower-casing through this table instead of String#toLowerCase spares a
 * copy of every line (ICU lower-cases text with non-Latin-1 characters, such as curly quotes).
 * Only two characters lower-case differently in context or to two characters: İ (U+0130, to
 * "i" + a combining dot) and Σ (U+03A3, final sigma); lines with them take toLowerCase().
 */
let wordCodeTable: Uint16Array | undefined;
function wordCodes(): Uint16Array {
  if (!wordCodeTable) {
    wordCodeTable = new Uint16Array(0x10000);
    const letterOrDigit = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 0x10000; c++) {
      if (c === CAPITAL_I_WITH_DOT || c === CAPITAL_SIGMA) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      if (letterOrDigit.test(lower)) wordCodeTable[c] = lower.charCodeAt(0);
    }
  }
  return wordCodeTable;
}
const CAPITAL_I_WITH_DOT = 0x130;
const CAPITAL_SIGMA = 0x3a3;

/** ' ’ ‘ ` ´ ʼ (compared inline: this is tested at the end of every word). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2bc;
}

/**
 * Words as compared, each as a 32-bit FNV-1a hash (no strings are built: this rule was the hot spot
 * of cleaning): lower case, apostrophes inside words ignored, a possessive 's dropped ("Ukraine’s" =
 * "ukraine"). Characters outside the BMP (emoji) separate words. The hashes are written to
 * `out.ids` from `out.length` on (room for every word of `text` is the caller's job).
 */
function addWordHashes(text: string, out: WordIds): void {
  // İ and Σ lower-case in context or to two characters: a line with one takes toLowerCase() (the
  // table maps both to 0, so the scan below finds them where it looks up a separator anyway).
  // Lower-casing is idempotent, so the table reads toLowerCase()'s output the same way.
  if (!hashWords(text, out, true)) hashWords(text.toLowerCase(), out, false);
}

/**
 * The scan of addWordHashes over `source`. With `bailOnSpecial`, returns false (writing nothing
 * that counts: `out.length` is left as it was) at the first İ or Σ.
 */
function hashWords(source: string, out: WordIds, bailOnSpecial: boolean): boolean {
  const table = wordCodes();
  const ids = out.ids;
  let n = out.length;
  let h = 0;
  let inWord = false;
  const end = source.length;
  for (let i = 0; i < end; i++) {
    const code = source.charCodeAt(i);
    const c = table[code];
    if (c !== 0) {
      if (!inWord) { inWord = true; h = 0x811c9dc5; }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (bailOnSpecial && (code === CAPITAL_I_WITH_DOT || code === CAPITAL_SIGMA)) {
      return false;
    } else if (inWord && isApostrophe(code) && i + 1 < end && table[source.charCodeAt(i + 1)] !== 0) {
      if (table[source.charCodeAt(i + 1)] === 0x73 /* s */ && (i + 2 >= end || table[source.charCodeAt(i + 2)] === 0)) {
        ids[n++] = h; // possessive: the word ends before 's
        inWord = false;
        i++;
      } // else an apostrophe inside a word ("n'djamena"): skipped
    } else if (inWord) {
      ids[n++] = h;
      inWord = false;
    }
  }
  if (inWord) ids[n++] = h;
  out.length = n;
  return true;
}

/**
 * What has been said so far, as 4-word shingles in an open-addressing hash table sized for the
 * article (typed arrays: no per-entry allocation, no rehashing; this rule was the hot spot of
 * cleaning). Each shingle is stored as two independent 31-bit mixes of its word hashes; a false
 * "seen" needs both mixes of every shingle of a line to collide: negligible.
 * The tables are scratch space shared by all articles (cleared for each: allocating zeroed arrays
 * of a few bytes per character for every article kept the garbage collector busy).
 */
class SeenText {
  private static tableA = new Int32Array(0);
  private static tableB = new Int32Array(0);
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly mask: number;
  private readonly shortLines = new Set<string>();

  constructor(maxShingles: number) {
    let capacity = 16;
    while (capacity < maxShingles * 2) capacity *= 2;
    if (SeenText.tableA.length < capacity) {
      SeenText.tableA = new Int32Array(capacity);
      SeenText.tableB = new Int32Array(capacity);
    } else {
      SeenText.tableA.fill(0, 0, capacity); // only `a` marks empty slots; `b` is written with `a`
    }
    this.a = SeenText.tableA;
    this.b = SeenText.tableB;
    this.mask = capacity - 1;
  }

  /** Have all the shingles of the words ids[from, to) been seen? */
  has(ids: Int32Array, from: number, to: number): boolean {
    if (to - from < SHINGLE) return this.shortLines.has(ids.subarray(from, to).join(','));
    for (let i = from; i + SHINGLE <= to; i++) if (!this.find(mixA(ids, i), mixB(ids, i), false)) return false;
    return true;
  }

  add(ids: Int32Array, from: number, to: number): void {
    if (to - from < SHINGLE) this.shortLines.add(ids.subarray(from, to).join(','));
    for (let i = from; i + SHINGLE <= to; i++) this.find(mixA(ids, i), mixB(ids, i), true);
  }

  /** Linear probing; slot value 0 = empty (mixes are made odd, never 0). */
  private find(ka: number, kb: number, insert: boolean): boolean {
    for (let slot = ka & this.mask; ; slot = (slot + 1) & this.mask) {
      const va = this.a[slot];
      if (va === 0) {
        if (insert) { this.a[slot] = ka; this.b[slot] = kb; }
        return false;
      }
      if (va === ka && this.b[slot] === kb) return true;
    }
  }
}

function mixA(ids: Int32Array, i: number): number {
  return (Math.imul(ids[i], 0x9e3779b1) ^ Math.imul(ids[i + 1], 0x85ebca77) ^ Math.imul(ids[i + 2], 0xc2b2ae3d) ^ Math.imul(ids[i + 3], 0x27d4eb2f)) | 1;
}

function mixB(ids: Int32Array, i: number): number {
  return Math.imul(ids[i], 0x165667b1) ^ Math.imul(ids[i + 1], 0xd3a2646c) ^ Math.imul(ids[i + 2], 0xfd7046c5) ^ Math.imul(ids[i + 3], 0xb55a4f09);
}

/** The word hashes of a title and lines, one after another; `length` is how many are written. */
interface WordIds { ids: Int32Array; length: number }

/** At most this many words in `text` (a word is a character, then a separator). */
function maxWords(text: string): number {
  return (text.length + 1) >> 1;
}

/** Scratch space for the word hashes of one article at a time (grown when an article needs more). */
let wordIdBuffer = new Int32Array(0);

export function dropRepeats(lines: Line[], title: string | undefined): void {
  let capacity = title ? maxWords(title) : 0;
  for (const line of lines) if (line.keep) capacity += maxWords(line.text);
  if (wordIdBuffer.length < capacity) wordIdBuffer = new Int32Array(Math.max(capacity, wordIdBuffer.length * 2));
  const words: WordIds = { ids: wordIdBuffer, length: 0 };
  if (title) addWordHashes(title, words);
  const titleEnd = words.length;
  // Where each line's words end in `words` (a line not kept has none).
  const ends = new Int32Array(lines.length);
  let shingleCount = Math.max(0, titleEnd - SHINGLE + 1);
  lines.forEach((line, i) => {
    const from = words.length;
    if (line.keep) addWordHashes(line.text, words);
    ends[i] = words.length;
    shingleCount += Math.max(0, words.length - from - SHINGLE + 1);
  });
  const seen = new SeenText(shingleCount);
  seen.add(words.ids, 0, titleEnd);
  let from = titleEnd;
  lines.forEach((line, i) => {
    const to = ends[i];
    if (line.keep && to > from) {
      if (seen.has(words.ids, from, to)) line.keep = false;
      else seen.add(words.ids, from, to);
    }
    from = to;
  });
}
