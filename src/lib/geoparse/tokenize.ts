/**
 * Word tokens with their UTF-16 offsets. A token is a run of letters (with internal apostrophes:
 * Donets'k, Кам’янське) or a dotted acronym (U.S., U.K.). Hyphens separate tokens, so
 * "Ivano-Frankivsk" and "Russia-annexed" are two tokens each and names are matched over the gap.
 * English possessives ("Kherson’s") and French elisions ("l'Ukraine") are trimmed off the token.
 * A hand-written scanner (ASCII fast path) rather than a Unicode regex: this runs over every
 * character of every article.
 */
export interface Tokens {
  text: string;
  /** UTF-16 offsets of token i: text.slice(start[i], end[i]) is its word. */
  start: Int32Array;
  end: Int32Array;
  length: number;
  /** Words as strings, sliced on first use (wordAt): most tokens are never looked at as strings. */
  words: (string | undefined)[];
  /** Spelling skeletons, filled on demand by the matcher. */
  skeletons: (string | undefined)[];
}

const LETTER = /[\p{L}\p{M}]/u;
/** A letter (not a mark) starting the string: what may follow an elided article ("l'Ukraine"). */
const LETTER_FIRST = /^\p{L}/u;

/** Letter-or-mark table for the Basic Multilingual Plane below the CJK blocks, built once. */
const TABLE_SIZE = 0x3000;
const LETTER_TABLE = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) LETTER_TABLE[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;

function isLetterCode(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) return LETTER_TABLE[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 96;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** l, d, j, q in either case: the letters an elided French word starts with. */
function isElisionLetter(c: number): boolean {
  const lower = c | 0x20;
  return c < 128 && (lower === 108 || lower === 100 || lower === 106 || lower === 113);
}

/**
 * Length of an elided French article or "qu'" at `s` ("l'Ukraine", "d’Odessa", "qu'Odessa"), 0 if
 * none. Only ' and ’ elide, and a letter must follow.
 */
const quote = (c: number) => c === 39 || c === 0x2019;

function elisionAt(text: string, s: number, e: number): number {
  const c0 = text.charCodeAt(s);
  if (e - s > 2 && quote(text.charCodeAt(s + 1)) && (c0 === 108 || c0 === 76 || c0 === 100 || c0 === 68 || c0 === 106 || c0 === 74)) {
    return isLetterAt(text, s + 2, e) ? 2 : 0; // l' d' j'
  }
  if (e - s > 3 && quote(text.charCodeAt(s + 2)) && (c0 === 113 || c0 === 81) && text.charCodeAt(s + 1) === 117) {
    return isLetterAt(text, s + 3, e) ? 3 : 0; // qu'
  }
  return 0;
}

/** A letter at i, looking no further than `end` (the word's end). */
function isLetterAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_FIRST.test(text.slice(i, Math.min(i + 2, end)));
}

/**
 * Scratch space for the offsets, reused from call to call; each Tokens gets an exact-size copy.
 * (Fresh arrays sized for the worst case cost more than the tokenizing of a short article.)
 */
let scratchStart = new Int32Array(1 << 14);
let scratchEnd = new Int32Array(1 << 14);

export function tokenize(text: string): Tokens {
  const n = text.length;
  // Every token is followed by a character that is not a letter: at most n/2 + 1 tokens.
  if (scratchStart.length < (n >> 1) + 1) {
    scratchStart = new Int32Array((n >> 1) + 1);
    scratchEnd = new Int32Array((n >> 1) + 1);
  }
  const start = scratchStart;
  const end = scratchEnd;
  let count = 0;
  let i = 0;
  while (i < n) {
    // The table test inline: this loop runs over every character of every article.
    const c = text.charCodeAt(i);
    if (c === 32 || (c < TABLE_SIZE ? LETTER_TABLE[c] === 0 : !isLetterCode(text, i))) { i++; continue; }
    let s = i;
    // Dotted acronym: U.S., U.K., U.S.A.
    if (isAsciiUpper(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46 && isAsciiUpper(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      let j = i;
      while (isAsciiUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      if (!isLetterCode(text, j)) {
        start[count] = i; end[count] = j; count++;
        i = j;
        continue;
      }
    }
    let j = i + 1;
    for (;;) {
      while (j < n) {
        const d = text.charCodeAt(j);
        // ASCII letters by arithmetic, the rest by the table
        if (((d | 32) - 97) >>> 0 < 26 || (d >= 128 && (d < TABLE_SIZE ? LETTER_TABLE[d] === 1 : isLetterCode(text, j)))) j++;
        else break;
      }
      if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isLetterCode(text, j + 1)) { j += 2; continue; }
      break;
    }
    let e = j;
    // English possessive: "Kherson’s" -> "Kherson".
    const last = text.charCodeAt(e - 1);
    if (e - s > 3 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(e - 2))) e -= 2;
    if (isElisionLetter(c) && ((e - s > 2 && isApostrophe(text.charCodeAt(s + 1))) || (e - s > 3 && isApostrophe(text.charCodeAt(s + 2))))) s += elisionAt(text, s, e);
    start[count] = s; end[count] = e; count++;
    i = j;
  }
  // one exact-size block for both (each typed array allocated costs more than copying its offsets)
  const offsets = new Int32Array(count * 2);
  offsets.set(start.subarray(0, count));
  offsets.set(end.subarray(0, count), count);
  return {
    text, start: offsets.subarray(0, count), end: offsets.subarray(count), length: count,
    words: new Array(count), skeletons: new Array(count),
  };
}

/** The word of token i (sliced once, then remembered). */
export function wordAt(t: Tokens, i: number): string {
  return (t.words[i] ??= t.text.slice(t.start[i], t.end[i]));
}

/** Every word, in order (for short texts: names and cue phrases). */
export function allWords(t: Tokens): string[] {
  return Array.from({ length: t.length }, (_, i) => wordAt(t, i));
}

/** Cache of isCapitalised for the first character of non-ASCII words: 1 yes, 2 no, 0 not yet known. */
const CAPITALISED = new Uint8Array(0x10000);

/** Does token i start with an uppercase letter (isCapitalised of its word, without slicing it)? */
export function capitalisedAt(t: Tokens, i: number): boolean {
  const c = t.text.charCodeAt(t.start[i]);
  if (c < 128) return c >= 65 && c <= 90;
  if (CAPITALISED[c] === 0) CAPITALISED[c] = isCapitalised(String.fromCharCode(c)) ? 1 : 2;
  return CAPITALISED[c] === 1;
}

/** First character code of token i. */
export function firstCodeAt(t: Tokens, i: number): number {
  return t.text.charCodeAt(t.start[i]);
}

const isSpaceOrNbsp = (c: number) => c === 0x20 || c === 0xa0;
const blank = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;

/**
 * Do tokens a and b (b after a) belong together as parts of one phrase? The gap between them is
 * one or two spaces (tab, NBSP), a hyphen with at most one space or NBSP on each side
 * ("Ivano-Frankivsk", "Kachowka-Staudamm"), or the full stop of a short capitalised abbreviation.
 */
export function joinedGap(t: Tokens, a: number, b: number): boolean {
  const { text } = t;
  const s = t.end[a];
  const e = t.start[b];
  const n = e - s;
  if (n < 1 || n > 3) return false;
  const c0 = text.charCodeAt(s);
  if (n <= 2 && blank(c0) && (n === 1 || blank(text.charCodeAt(s + 1)))) return true;
  // an abbreviated word of a name: "St. Louis", "Ft. Worth", "Mt. Kenya"
  if (n === 2 && c0 === 0x2e && isSpaceOrNbsp(text.charCodeAt(s + 1)) && s - t.start[a] <= 3 && capitalisedAt(t, a)) return true;
  let k = isSpaceOrNbsp(c0) ? s + 1 : s;
  if (k >= e || !isHyphen(text.charCodeAt(k))) return false;
  k++;
  if (k < e && isSpaceOrNbsp(text.charCodeAt(k))) k++;
  return k === e;
}

/** Is the gap between tokens a and b exactly one space or NBSP? */
export function singleSpaceGap(t: Tokens, a: number, b: number): boolean {
  return t.start[b] - t.end[a] === 1 && isSpaceOrNbsp(t.text.charCodeAt(t.end[a]));
}

/** First character is an uppercase letter (any script). */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = w[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Every letter uppercase and at least two letters (US, KYIV, США); dotted acronyms count. */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code < 128) { // ASCII without building one-letter strings
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) letters++;
      continue;
    }
    const c = w.codePointAt(i)! > 0xffff ? w.slice(i, ++i + 1) : w[i];
    if (c !== c.toUpperCase()) return false;
    if (c !== c.toLowerCase()) letters++;
  }
  return letters >= 2;
}

export function isCyrillic(w: string): boolean {
  return isCyrillicCode(w.charCodeAt(0));
}

export function isCyrillicCode(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/** What \s matches in a JavaScript regular expression (WhiteSpace and LineTerminator). */
export function isRegExpSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
