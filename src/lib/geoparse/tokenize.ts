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
  start: number[];
  end: number[];
  word: string[];
  length: number;
  /** Normalised keys, filled on demand by the matcher. */
  skeletons: (string | undefined)[];
  keys: (string | undefined)[];
}

const LETTER = /[\p{L}\p{M}]/u;
const ELISION = /^(?:[lLdDjJ]|qu|Qu)['’](?=\p{L})/u;

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

export function tokenize(text: string): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const word: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterCode(text, i)) { i++; continue; }
    let s = i;
    // Dotted acronym: U.S., U.K., U.S.A.
    if (isAsciiUpper(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46 && isAsciiUpper(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      let j = i;
      while (isAsciiUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      if (!isLetterCode(text, j)) {
        start.push(i); end.push(j); word.push(text.slice(i, j));
        i = j;
        continue;
      }
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isLetterCode(text, j)) j++;
      if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isLetterCode(text, j + 1)) { j += 2; continue; }
      break;
    }
    let e = j;
    let w = text.slice(s, e);
    const last = w.charCodeAt(w.length - 1);
    if (w.length > 3 && (last === 115 || last === 83) && isApostrophe(w.charCodeAt(w.length - 2))) { w = w.slice(0, -2); e -= 2; }
    if (w.length > 2 && isApostrophe(w.charCodeAt(1)) || w.length > 3 && isApostrophe(w.charCodeAt(2))) {
      const el = ELISION.exec(w);
      if (el) { w = w.slice(el[0].length); s += el[0].length; }
    }
    start.push(s); end.push(e); word.push(w);
    i = j;
  }
  return { text, start, end, word, length: word.length, skeletons: [], keys: [] };
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
  for (const c of w) {
    if (c === '.') continue;
    if (c !== c.toUpperCase()) return false;
    if (c !== c.toLowerCase()) letters++;
  }
  return letters >= 2;
}

export function isCyrillic(w: string): boolean {
  const code = w.charCodeAt(0);
  return code >= 0x400 && code <= 0x4ff;
}
