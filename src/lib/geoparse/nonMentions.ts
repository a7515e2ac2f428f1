/**
 * Step 2 of geoparsing: drop the name matches that are not place mentions — common words, parts of
 * organisation or newspaper names ("Washington Examiner", "Kiev Merdeka") and parts of person
 * names ("George Washington", "Paris Hilton").
 */
import type { Gazetteer } from '../gazetteer/index';
import { mayBeWord, wordLengthsOf, type WordLengths } from './nameIndex';
import { sentenceInitial, type RawMatch } from './match';
import { capitalisedAt, isAllCaps, isCapitalised, singleSpaceGap, wordAt, type Tokens } from './tokenize';
import { NEUTRAL_AFTER, NEUTRAL_BEFORE, ORGANISATION_WORDS } from './lexicon';

/** Words that open a sports club's name before its city: Real Madrid, Inter Milan, Dynamo Kyiv. */
const CLUB_BEFORE = new Set(['Real', 'Atlético', 'Atletico', 'Inter', 'AC', 'FC', 'SC', 'Dynamo', 'Dinamo', 'Sporting', 'Olympique', 'Racing', 'Athletic', 'Borussia', 'Lokomotiv', 'Spartak', 'CSKA', 'Shakhtar', 'Zenit']);
const ORG_AFTER = new Set(ORGANISATION_WORDS);
/** First characters and lengths of those words and of the gazetteer's first names: most neighbours of a name are ruled out without slicing their word. */
const ORG_AFTER_LENGTHS = wordLengthsOf(ORG_AFTER);
const CLUB_BEFORE_LENGTHS = wordLengthsOf(CLUB_BEFORE);
const firstNameLengths = new WeakMap<Gazetteer, WordLengths>();

function firstNameLengthsOf(gazetteer: Gazetteer): WordLengths {
  let table = firstNameLengths.get(gazetteer);
  if (!table) firstNameLengths.set(gazetteer, (table = wordLengthsOf(gazetteer.firstNames)));
  return table;
}
const NEUTRAL = new Set(NEUTRAL_BEFORE);
const NEUTRAL_AFTER_SET = new Set(NEUTRAL_AFTER);

/** Is the line holding this offset a title-case headline ("Russia Withdraws From Ukraine's Kherson")? */
function titleCaseLine(text: string, at: number, memo: Map<number, boolean>): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const cached = memo.get(lineStart);
  if (cached !== undefined) return cached;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  // Headlines are short and do not end like a sentence; a sentence full of names is not a headline.
  // (The cheap tests first: most lines are long paragraphs.)
  let result = line.length <= 200 && !/[.!?]["”’)]?$/.test(line);
  if (result) {
    const words = line.match(/\p{L}{4,}/gu) ?? [];
    const caps = words.filter((w) => isCapitalised(w)).length;
    result = words.length >= 3 && caps / words.length >= 0.6;
  }
  memo.set(lineStart, result);
  return result;
}

/**
 * Remove what is not a place mention: organisation names, a name followed by a newspaper or
 * organisation word ("Kyiv Independent", "Moscow Times"), and a name glued to a preceding
 * capitalised word that is part of a longer proper name ("Friedrich Engels", "Staf Umum Ukraina").
 * German is exempt from the last rule: it capitalises every noun.
 */
export interface Mentions extends Array<RawMatch> {
  /** Words of one-word names dropped as part of a person's name ("Washington" of "George Washington"). */
  dropped: Set<string>;
}

/** Below this population a town's name may be a person's surname for the whole article. */
const SURNAME_TOWN_POPULATION = 100_000;

/** "Jon R. Taylor": an initial before the name makes it a surname. */
function initialBefore(t: Tokens, first: number): boolean {
  if (first === 0) return false;
  // a one-letter capital, then exactly ". ", read in place (most names have a longer word before them)
  const gap = t.end[first - 1];
  return gap - t.start[first - 1] === 1 && capitalisedAt(t, first - 1)
    && t.start[first] - gap === 2 && t.text.charCodeAt(gap) === 46 && t.text.charCodeAt(gap + 1) === 32;
}

/** "Stephon Clark, 22, was shot": a name followed by an age is a person's. */
function ageAfter(t: Tokens, first: number): boolean {
  // /^, \d{1,3},/ read in place
  const { text } = t;
  const s = t.end[first];
  if (text.charCodeAt(s) !== 44 || text.charCodeAt(s + 1) !== 32) return false;
  let k = s + 2;
  while (k < s + 5 && isDigit(text.charCodeAt(k))) k++;
  return k > s + 2 && text.charCodeAt(k) === 44;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Particles of surnames after a given name: "Mario de Santiago", "Bernard de Mandeville". */
const SURNAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'du', 'van', 'von', 'der']);

function particleBefore(t: Tokens, first: number): boolean {
  if (first < 2 || !singleSpaceGap(t, first - 1, first) || !singleSpaceGap(t, first - 2, first - 1)) return false;
  const length = t.end[first - 1] - t.start[first - 1];
  return length >= 2 && length <= 3 && SURNAME_PARTICLES.has(wordAt(t, first - 1)) && capitalisedAt(t, first - 2);
}

export function dropNonMentions(t: Tokens, matches: RawMatch[], language: string, isCueWord: (w: string) => boolean, gazetteer: Gazetteer): Mentions {
  const memo = new Map<number, boolean>();
  const firstNames = firstNameLengthsOf(gazetteer);
  const dropped = new Set<string>();
  // Only the surname position carries over to the rest of the article: a first name or an
  // organisation's first word ("Lagos Business School") says nothing about the bare name elsewhere.
  const person = (m: RawMatch) => { dropped.add(wordAt(t, m.first)); return false; };
  // a country's name inside a longer name ("Staf Umum Ukraina") does not make the country a person
  const populatedOnly = (m: RawMatch) => m.ids.some((id) => /^(city|town|village)$/.test(gazetteer.get(id)?.kind ?? '')) && !m.ids.some((id) => gazetteer.get(id)?.kind === 'country');
  // a name only small towns have (Clark, Nelson) can be a surname for the whole article; a city's or a state's cannot
  const townsOnly = (m: RawMatch) => m.ids.every((id) => {
    const e = gazetteer.get(id);
    return !!e && /^(city|town|village)$/.test(e.kind) && (e.population ?? 0) < SURNAME_TOWN_POPULATION;
  });
  // Two town names side by side with nothing between ("Paris Hilton", "Washington Irving") are a
  // person's first name and surname, not two places.
  const townPair = (k: number) => k >= 0 && k + 1 < matches.length && matches[k].last === matches[k + 1].first
    && matches[k].last - matches[k].first === 1 && matches[k + 1].last - matches[k + 1].first === 1
    && singleSpaceGap(t, matches[k].first, matches[k + 1].first) && populatedOnly(matches[k]) && populatedOnly(matches[k + 1]);
  // Matches are sorted and do not overlap: only the neighbours can touch a match.
  // Neighbouring words are tested for a capital in place before they are sliced: most are lowercase.
  const kept = matches.filter((m, k) => {
    const matchStartingAtNext = k + 1 < matches.length && matches[k + 1].first === m.last;
    const matchEndingBefore = k > 0 && matches[k - 1].last === m.first;
    if (m.organisation) return false;
    if (townPair(k - 1)) return person(m);
    if (townPair(k)) return false;
    const single = m.last - m.first === 1;
    const next = m.last;
    if (next < t.length && singleSpaceGap(t, next - 1, next) && mayBeWord(ORG_AFTER_LENGTHS, t, next) && ORG_AFTER.has(wordAt(t, next))) return false;
    // "Ohio State University", "Kansas State College": the state's name in an institution's
    if (next + 1 < t.length && t.end[next] - t.start[next] === 5 && wordAt(t, next) === 'State' && singleSpaceGap(t, next - 1, next) && singleSpaceGap(t, next, next + 1) && ORG_AFTER.has(wordAt(t, next + 1))) return false;
    // A one-word place followed by a capitalised word is a first name ("Vladimir Putin") or part of
    // a longer name, unless that word is an office or unit ("Kyiv Mayor", "Kherson Oblast").
    if (language !== 'de' && single && next < t.length && !matchStartingAtNext && capitalisedAt(t, next) && singleSpaceGap(t, next - 1, next) && !isAllCaps(wordAt(t, m.first))) {
      const w = wordAt(t, next);
      if (!isAllCaps(w) && !NEUTRAL_AFTER_SET.has(w) && !isCueWord(w) && !titleCaseLine(t.text, t.start[m.first], memo)) return false;
    }
    const prev = m.first - 1;
    if (prev >= 0 && singleSpaceGap(t, prev, m.first) && mayBeWord(CLUB_BEFORE_LENGTHS, t, prev) && CLUB_BEFORE.has(wordAt(t, prev))) return false;
    // "George Washington", "Mary Lincoln": a first name right before makes the place a surname,
    // and a first name followed by a capitalised word is a person's, even when both are place names.
    if (single && prev >= 0 && singleSpaceGap(t, prev, m.first) && mayBeWord(firstNames, t, prev) && gazetteer.firstNames.has(wordAt(t, prev))) return populatedOnly(m) ? person(m) : false;
    if (single && next < t.length && capitalisedAt(t, next) && singleSpaceGap(t, m.first, next) && mayBeWord(firstNames, t, m.first) && gazetteer.firstNames.has(wordAt(t, m.first))
      && !NEUTRAL_AFTER_SET.has(wordAt(t, next)) && !isCueWord(wordAt(t, next)) && !titleCaseLine(t.text, t.start[m.first], memo)) return false;
    // (a name in capitals after a capitalised word starts a new phrase: "Associated Press WASHINGTON (AP)")
    if (language !== 'de' && prev >= 0 && !matchEndingBefore && capitalisedAt(t, prev) && !isAllCaps(wordAt(t, m.first))) {
      const w = wordAt(t, prev);
      if (!isAllCaps(w) && singleSpaceGap(t, prev, m.first)
        && !NEUTRAL.has(w) && !isCueWord(w) && (!sentenceInitial(t, prev) || gazetteer.firstNames.has(w)) && !titleCaseLine(t.text, t.start[m.first], memo)) return single && townsOnly(m) ? person(m) : false;
      // the second half of a hyphenated name ("Dyfed-Powys Police")
      if (!isAllCaps(w) && !NEUTRAL.has(w) && /^[-‐‑]$/.test(t.text.slice(t.end[prev], t.start[m.first]))
        && next < t.length && singleSpaceGap(t, next - 1, next) && capitalisedAt(t, next)) return false;
    }
    if (single && (initialBefore(t, m.first) || ageAfter(t, m.first) || (language === 'en' && particleBefore(t, m.first)))) return townsOnly(m) ? person(m) : false;
    return true;
  });
  return Object.assign(kept, { dropped });
}
