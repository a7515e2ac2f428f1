/**
 * Name normalisation shared by the gazetteer index and the text scanner: both sides go through the
 * same functions, so spelling variants meet in the middle.
 *
 * `skeleton(token)` folds one token to a spelling-insensitive key:
 *   case, diacritics (Zaporižžja), apostrophes (Donets'k, Luhans’k, Кам’янське), Cyrillic -> Latin
 *   (Ukrainian and Russian letters on one table: Херсон -> kherson, Луганськ/Луганск -> luhansk),
 *   y/j -> i and runs of i (Avdiyivka/Avdiivka/Авдіївка -> avdivka, Kyiv/Київ -> kiv),
 *   g -> h (Lugansk/Luhansk, Chernigov/Chernihiv), w -> v (Lwiw/Lviv), ye/ie -> e
 *   (Sievierodonetsk/Syeverodonetsk/Severodonetsk), doubled letters (Odessa/Odesa,
 *   Zaporizhzhia/Zaporizhia).
 * `stemKey(token)` goes further for inflected (Ukrainian/Russian) forms: it strips one case ending
 *   (Херсоні, Херсона, Нову Каховку, Донецкой), the trailing vowels, folds the consonant
 *   alternations of the locative (Каховці -> Каховк-) and blanks the last vowel before a final
 *   в/л, which alternates in Ukrainian (Харків/Харкова, Львів/Львова, Тернопіль/Тернополя).
 */

import { isCyrillicChar, toLatin, APOSTROPHES } from '../names/transliterate';

export { isCyrillicChar, toLatin };

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** skeleton() without the cache: for keying many words once each (the name index). */
export function skeletonOnce(token: string): string {
  return fold(toLatin(token));
}

/** The spelling-insensitive key of one token. */
export function skeleton(token: string): string {
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const s = fold(toLatin(token));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, s);
  return s;
}

/**
 * The folding rules on a lowercase Latin string, in one pass: drop apostrophes, y/j -> i, w -> v,
 * g -> h, ie -> e, then collapse doubled letters and doubled digraphs (zhzh -> zh).
 */
function fold(latin: string): string {
  const chars: string[] = [];
  for (let i = 0; i < latin.length; i++) {
    let c = latin[i];
    switch (c) {
      case "'": case '’': case 'ʼ': case '`': case '´': case '‘': case '′': case '"': case '”': case '“': continue;
      case 'y': case 'j': c = 'i'; break;
      case 'w': c = 'v'; break;
      case 'g': c = 'h'; break;
    }
    if (c === 'e' && chars.length && chars[chars.length - 1] === 'i') { chars[chars.length - 1] = 'e'; continue; }
    chars.push(c);
  }
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    // doubled digraph: zhzh, shsh, chch, khkh, tsts
    if (c === 'h' && i >= 3 && chars[i - 2] === 'h' && chars[i - 1] === chars[i - 3] && 'zsck'.includes(chars[i - 1])) { out = out.slice(0, -1); continue; }
    if (c === 's' && i >= 3 && chars[i - 2] === 's' && chars[i - 1] === 't' && chars[i - 3] === 't') { out = out.slice(0, -1); continue; }
    if (i > 0 && c === chars[i - 1] && c >= 'a' && c <= 'z') continue;
    out += c;
  }
  return out;
}

/**
 * The first character of skeleton(w) for a word w that starts with the ASCII character code c:
 * toLatin keeps an ASCII letter (lowercased) and fold maps w -> v, g -> h. -1 when that is not
 * known from c alone: i, y and j become e before an e (Yerevan -> erevan), and a character that
 * is not an ASCII letter may become anything (ž -> zh, й -> i).
 */
export function skeletonInitial(c: number): number {
  if (c >= 128) return -1;
  const lower = c | 0x20;
  if (lower < 97 || lower > 122 || lower === 105 || lower === 121 || lower === 106) return -1;
  return lower === 119 ? 118 : lower === 103 ? 104 : lower;
}

/** Case endings of Ukrainian and Russian nouns and adjectives, longest first (Cyrillic, lowercase). */
const CYRILLIC_ENDINGS = [
  'ями', 'ами', 'ого', 'ому', 'ими', 'ыми', 'его', 'ему', 'ією', 'ою', 'ею', 'ій', 'ий', 'ый', 'ой', 'ої', 'ей', 'ом', 'ем',
  'ам', 'ям', 'ах', 'ях', 'их', 'ых', 'ім', 'им', 'ым', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ії', 'ія', 'ию', 'ію', 'ие', 'ья', 'ьє',
  'а', 'я', 'у', 'ю', 'і', 'и', 'ы', 'е', 'є', 'о', 'ї', 'ь',
];

const stemCache = new Map<string, string>();

/** A key that survives case endings and the Ukrainian vowel alternation; '' when too short. */
export function stemKey(token: string): string {
  const hit = stemCache.get(token);
  if (hit !== undefined) return hit;
  let t = token.toLowerCase().replace(APOSTROPHES, '');
  if (/[\u0400-\u04ff]/.test(t)) {
    for (const end of CYRILLIC_ENDINGS) {
      if (t.length - end.length >= 3 && t.endsWith(end)) { t = t.slice(0, -end.length); break; }
    }
  }
  let s = skeleton(t).replace(/[aeiou]+$/, '');
  // Locative/dative consonant alternation: Каховка -> Каховці, Прага -> Празі.
  s = s.replace(/ts$/, 'k').replace(/z$/, 'h');
  // Ukrainian і alternates with о/е before a final в/л: Харків/Харкова, Київ/Києва, Тернопіль/Тернополя.
  s = s.replace(/(?<=[^aeiou])[aeiou]*[ioe](?=[vl]$)/, '*');
  const result = s.replace('*', '').length >= 2 ? s : '';
  if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
  stemCache.set(token, result);
  return result;
}
