/**
 * Sentence boundaries by the Unicode sentence rules (UAX #29) — the rules Intl.Segmenter applies —
 * for paragraphs of "plain" characters: letters of the Latin, Greek and Cyrillic scripts, digits,
 * spaces and common punctuation. Intl.Segmenter costs a few microseconds per call plus ~20 ns per
 * character (it was a sixth of ingest); these rules run in a single pass over character codes.
 * Anything else — another script, a line break, a combining mark, an emoji, a character whose
 * class is not in the table below, a language with its own rules (Greek reads ";" as "?") —
 * returns undefined and the caller asks Intl.Segmenter. tests/ingest/sentences.test.ts checks
 * every character of the table in the contexts of every rule, and whole paragraphs, against ICU.
 */

/** Sentence_Break classes (UAX #29, table 4) that plain text uses; 0 = not handled here. */
const SB = { Unknown: 0, Sp: 1, Lower: 2, Upper: 3, OLetter: 4, Numeric: 5, ATerm: 6, STerm: 7, Close: 8, SContinue: 9, Other: 10 } as const;
type SB = (typeof SB)[keyof typeof SB];

/** Languages whose sentence rules are the root rules (checked against ICU in the tests). */
export const ROOT_RULE_LANGUAGES = new Set(['en', 'id', 'uk', 'ru', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'fi', 'und']);

const TABLE_SIZE = 0x2200;
let table: Uint8Array | undefined;

function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(TABLE_SIZE);
  const set = (cls: SB, chars: string) => { for (const ch of chars) table![ch.charCodeAt(0)] = cls; };
  // Letters of the Latin, IPA/modifier, Greek and Cyrillic blocks, by their Unicode properties.
  const letter = /^\p{L}$/u;
  const upper = /^[\p{Uppercase}\p{Lt}]$/u;
  const lower = /^\p{Lowercase}$/u;
  for (const [from, to] of [[0x41, 0x24f], [0x250, 0x2ff], [0x370, 0x3ff], [0x400, 0x52f], [0x1e00, 0x1eff]]) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (!letter.test(ch)) continue;
      table[c] = upper.test(ch) ? SB.Upper : lower.test(ch) ? SB.Lower : SB.OLetter;
    }
  }
  set(SB.Numeric, '0123456789');
  set(SB.Sp, ' \t\u000b\u000c\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f');
  set(SB.ATerm, '.');
  set(SB.STerm, '!?');
  set(SB.SContinue, ',-:;\u2013\u2014');
  set(SB.Close, '"\'()[]{}«»‘’‚‛“”„‟‹›');
  set(SB.Other, '#$%&*+/<=>@\\^_`|~…•°€£¥©®§№′″×‐‑‒―');
  return table;
}

/**
 * The segments Intl.Segmenter('…', { granularity: 'sentence' }) would give for `text[from, to)`,
 * as the offsets where each segment ends (the last is `to`), or undefined when these rules do not
 * cover the text.
 */
export function ruleSentenceEnds(text: string, from: number, to: number): number[] | undefined {
  const classes = classTable();
  // Every character must have a known class. Most paragraphs hold only characters of a short
  // list that all have one, which a regex finds faster than a loop over the table; the others
  // are checked character by character.
  const paragraph = text.slice(from, to);
  if (outsideCommonCharacters().test(paragraph)) {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= TABLE_SIZE || classes[c] === SB.Unknown) return undefined;
    }
  }
  const ends: number[] = [];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(paragraph); m; m = TERMINATOR.exec(paragraph)) {
    const i = from + m.index;
    let j = i + 1;
    while (classAt(classes, text, to, j) === SB.Close) j++; // SB9
    while (classAt(classes, text, to, j) === SB.Sp) j++; // SB10
    if (j >= to) break; // the text ends the sentence
    if (breaksAt(classes, text, from, to, i, j)) ends.push(j); // SB11
  }
  ends.push(to);
  return ends;
}

/** ATerm and STerm characters of the table. */
const TERMINATOR = /[.!?]/g;

/**
 * Characters common in news text, as a few ranges (a regex class of many ranges is slow): printable
 * ASCII, tab, NBSP, Latin-1 letters, basic Cyrillic, dashes, curly quotes and the ellipsis. Only
 * those the table classifies are kept, so a paragraph without a match needs no further check.
 */
const COMMON_RANGES: readonly [number, number][] = [
  [0x09, 0x09], [0x20, 0x7e], [0xa0, 0xa0], [0xc0, 0xff], [0x400, 0x45f], [0x2013, 0x2014], [0x2018, 0x201f], [0x2026, 0x2026],
];
let outsideCommon: RegExp | undefined;
function outsideCommonCharacters(): RegExp {
  if (outsideCommon) return outsideCommon;
  const classes = classTable();
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (const [first, last] of COMMON_RANGES) {
    for (let c = first; c <= last; c++) {
      if (classes[c] === SB.Unknown) continue;
      let end = c;
      while (end < last && classes[end + 1] !== SB.Unknown) end++;
      ranges += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
      c = end;
    }
  }
  outsideCommon = new RegExp(`[^${ranges}]`);
  return outsideCommon;
}

/** The class of the character at i, Unknown past `to`. */
function classAt(classes: Uint8Array, text: string, to: number, i: number): SB {
  return i < to ? (classes[text.charCodeAt(i)] as SB) : SB.Unknown;
}

/** After the terminator at i and its closing punctuation and spaces, does a sentence start at j? */
function breaksAt(classes: Uint8Array, text: string, from: number, to: number, i: number, j: number): boolean {
  const next = classAt(classes, text, to, j);
  if (next === SB.SContinue || next === SB.ATerm || next === SB.STerm) return false; // SB8a
  if (classAt(classes, text, to, i) !== SB.ATerm) return true;
  if (j === i + 1) {
    if (next === SB.Numeric) return false; // SB6: 3.5
    const previous = i > from ? classAt(classes, text, to, i - 1) : SB.Unknown;
    if (next === SB.Upper && (previous === SB.Upper || previous === SB.Lower)) return false; // SB7: U.S
  }
  // SB8: no break before a lower-case word, looking past digits and punctuation ("Nov. 11 in").
  for (let k = j; ; k++) {
    const c = classAt(classes, text, to, k);
    if (c === SB.Lower) return false;
    if (c === SB.Unknown || c === SB.OLetter || c === SB.Upper || c === SB.ATerm || c === SB.STerm) return true;
  }
}
