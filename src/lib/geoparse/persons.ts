/**
 * Person names and modifiers that look like places. A place name that the matcher found inside a
 * person's name ("George Washington", "Paris Hilton") is that person's name for the whole article:
 * a later bare "Washington" in the same article is the person too (one reading per name). A name
 * after a personal title ("Mr. Houston", "Gov. Jackson") is a person. Indonesian puts modifiers
 * after the noun: "pejabat senior Eropa" is a European official, not a mention of Europe (region
 * names only; country names serve as noun and adjective and count, as decided for "Rusia").
 */
import { isRegExpSpace, wordAt, type Tokens } from './tokenize';
import type { Mention } from './mention';

/** Titles written with a full stop before a surname. ("St." is Saint, a place-name prefix.) */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Prof', 'Rev', 'Supt', 'Insp', 'Det']);

function titleBefore(t: Tokens, first: number): boolean {
  if (first === 0) return false;
  // the gap is /^\.\s$/: a full stop and one space
  const gap = t.end[first - 1];
  return t.start[first] - gap === 2 && t.text.charCodeAt(gap) === 46 && isRegExpSpace(t.text.charCodeAt(gap + 1)) && TITLES.has(wordAt(t, first - 1));
}

/** Drop mentions read as persons: after a title, or a word the article uses in a person's name. */
export function dropSurnames(t: Tokens, mentions: Mention[], personWords: ReadonlySet<string>): Mention[] {
  return mentions.filter((m) => {
    if (titleBefore(t, m.raw.first)) return false;
    if (m.pattern || (m.cue && !m.cue.weak) || m.raw.last - m.raw.first !== 1) return true;
    return !personWords.has(wordAt(t, m.raw.first));
  });
}

/** Indonesian words after which a name is a locative or a list member, not a modifier. */
const ID_LOCATIVE = new Set(['di', 'ke', 'dari', 'dan', 'atau', 'seluruh', 'kawasan', 'wilayah', 'benua', 'antara', 'dengan', 'untuk', 'oleh', 'pada', 'negara', 'negara-negara', 'sekitar', 'menuju', 'hingga', 'sampai', 'luar', 'dalam']);

export function dropModifierRegions(t: Tokens, mentions: Mention[], language: string): Mention[] {
  if (language !== 'id') return mentions;
  return mentions.filter((m) => {
    if (m.chosen?.kind !== 'region' || m.raw.first === 0) return true;
    const prev = wordAt(t, m.raw.first - 1);
    const gap = t.text.slice(t.end[m.raw.first - 1], t.start[m.raw.first]);
    return !(/^\s+$/.test(gap) && /^\p{Ll}/u.test(prev) && !ID_LOCATIVE.has(prev));
  });
}
