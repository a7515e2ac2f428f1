/**
 * Rule 7 of cleanText, repeats: pages repeat captions right after themselves, subheadings, pull
 * quotes and the headline itself (as image alt text, sometimes truncated: "Russia Withdraws From
 * Ukraine"). A line whose words all appeared before, in order — in the headline or in an earlier
 * kept line — adds nothing and is dropped. "Appeared before" is tested on normalised words (case,
 * quotes, possessive 's) with 4-word shingles, so it stays linear in the article length.
 */
import type { Line } from './lines.ts';

const SHINGLE = 4;
/** 1 for letters and digits of the Basic Multilingual Plane (built once; a table beats a regex here). */
let wordCharTable: Uint8Array | undefined;
function wordChars(): Uint8Array {
  if (!wordCharTable) {
    wordCharTable = new Uint8Array(0x10000);
    const letterOrDigit = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 0x10000; c++) if (letterOrDigit.test(String.fromCharCode(c))) wordCharTable[c] = 1;
  }
  return wordCharTable;
}
/** ' ’ ‘ ` ´ ʼ (compared inline: this is tested at the end of every word). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2bc;
}

/**
 * Words as compared, each as a 32-bit FNV-1a hash (no strings are built: this rule was the hot spot
 * of cleaning): lower case, apostrophes inside words ignored, a possessive 's dropped ("Ukraine’s" =
 * "ukraine"). Characters outside the BMP (emoji) separate words.
 */
function wordHashes(text: string): number[] {
  const table = wordChars();
  const lower = text.toLowerCase();
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (table[c] === 1) {
      if (!inWord) { inWord = true; h = 0x811c9dc5; }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord && isApostrophe(c) && table[lower.charCodeAt(i + 1)] === 1) {
      if (lower.charCodeAt(i + 1) === 0x73 /* s */ && table[lower.charCodeAt(i + 2)] !== 1) {
        hashes.push(h >>> 0); // possessive: the word ends before 's
        inWord = false;
        i++;
      } // else an apostrophe inside a word ("n'djamena"): skipped
    } else if (inWord) {
      hashes.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/**
 * What has been said so far, as 4-word shingles in an open-addressing hash table sized for the
 * article (typed arrays: no per-entry allocation, no rehashing; this rule was the hot spot of
 * cleaning). Each shingle is stored as two independent 31-bit mixes of its word hashes; a false
 * "seen" needs both mixes of every shingle of a line to collide: negligible.
 */
class SeenText {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly mask: number;
  private readonly shortLines = new Set<string>();

  constructor(maxShingles: number) {
    let capacity = 16;
    while (capacity < maxShingles * 2) capacity *= 2;
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  has(ids: number[]): boolean {
    if (ids.length < SHINGLE) return this.shortLines.has(ids.join(','));
    for (let i = 0; i + SHINGLE <= ids.length; i++) if (!this.find(mixA(ids, i), mixB(ids, i), false)) return false;
    return true;
  }

  add(ids: number[]): void {
    if (ids.length < SHINGLE) this.shortLines.add(ids.join(','));
    for (let i = 0; i + SHINGLE <= ids.length; i++) this.find(mixA(ids, i), mixB(ids, i), true);
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

function mixA(ids: number[], i: number): number {
  return (Math.imul(ids[i], 0x9e3779b1) ^ Math.imul(ids[i + 1], 0x85ebca77) ^ Math.imul(ids[i + 2], 0xc2b2ae3d) ^ Math.imul(ids[i + 3], 0x27d4eb2f)) | 1;
}

function mixB(ids: number[], i: number): number {
  return Math.imul(ids[i], 0x165667b1) ^ Math.imul(ids[i + 1], 0xd3a2646c) ^ Math.imul(ids[i + 2], 0xfd7046c5) ^ Math.imul(ids[i + 3], 0xb55a4f09);
}

export function dropRepeats(lines: Line[], title: string | undefined): void {
  const titleIds = title ? wordHashes(title) : [];
  const lineIds = lines.map((l) => (l.keep ? wordHashes(l.text) : []));
  let shingleCount = Math.max(0, titleIds.length - SHINGLE + 1);
  for (const ids of lineIds) shingleCount += Math.max(0, ids.length - SHINGLE + 1);
  const seen = new SeenText(shingleCount);
  seen.add(titleIds);
  lines.forEach((line, i) => {
    const ids = lineIds[i];
    if (!line.keep || ids.length === 0) return;
    if (seen.has(ids)) line.keep = false;
    else seen.add(ids);
  });
}
