/**
 * Word tokens with their UTF-16 offsets. A token is a run of letters (with internal apostrophes:
 * Donets'k, Кам’янське) or a dotted acronym (U.S., U.K.). Hyphens separate tokens, so
 * "Ivano-Frankivsk" and "Russia-annexed" are two tokens each and names are matched over the gap.
 * English possessives ("Kherson’s") and French elisions ("l'Ukraine") are trimmed off the token.
 */
export interface Tokens {
  text: string;
  start: number[];
  end: number[];
  word: string[];
  length: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const ELISION = /^(?:[lLdDjJ]|qu|Qu)['’](?=\p{Lu})/u;

export function tokenize(text: string): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const word: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let w = m[0];
    let s = m.index;
    let e = s + w.length;
    if (w.length > 3 && POSSESSIVE.test(w)) { w = w.slice(0, -2); e -= 2; }
    const el = ELISION.exec(w);
    if (el) { w = w.slice(el[0].length); s += el[0].length; }
    start.push(s);
    end.push(e);
    word.push(w);
  }
  return { text, start, end, word, length: word.length };
}

/** First character is an uppercase letter (any script). */
export function isCapitalised(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
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
