/**
 * Streets, buildings and venues ("Royal Street", "Barclays Center", "Alder Hey Children's
 * Hospital"): no gazetteer package has them, but news names them constantly and a reader wants them
 * found. A capitalised name ending in a site word (SITE_HEADS: streets, buildings, venues; not
 * mountains or lakes, which lie in no town) is read as a mention of the town the article puts it
 * in: the town named at its start ("Manila Cathedral"), else the next town named in its sentence
 * ("Collins Avenue in Miami Beach"), else the last town named before it in its paragraph, else the
 * town (failing that, the state or province) the article names most. With nowhere to put it, it is
 * not a mention: nothing is placed where the text does not place it.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { bestReading, isMinor, isPopulated, type ArticleContext } from './readings';
import { sentenceInitial, type RawMatch } from './match';
import { capitalisedAt, singleSpaceGap, wordAt, type Tokens } from './tokenize';
import { addWordLength, lengthBit, newWordLengths } from './nameIndex';
import { GENERIC_SITE_WORDS, SITE_HEADS, NOT_IN_SITE_NAMES, ORGANISATION_WORDS } from './lexicon';
import type { Mention } from './mention';
import type { ToponymSpan } from './geoparse';

const HEADS = new Set(SITE_HEADS);
const BLOCKERS = new Set([...NOT_IN_SITE_NAMES, ...ORGANISATION_WORDS]);
const GENERIC = new Set(GENERIC_SITE_WORDS);
/** First characters and lengths of the site words: most tokens are ruled out without reading their word. */
const SITE_WORD_LENGTHS = newWordLengths();
for (const w of HEADS) addWordLength(SITE_WORD_LENGTHS, w);
/** Words a site's name may have before its site word ("Alder Hey Children's Hospital"). */
const MAX_NAME_WORDS = 5;

/** Kinds a site can be put in: towns and cities (a state or a country is too wide to place a street). */
const inTown = (e: GazetteerEntry | undefined): e is GazetteerEntry => !!e && isPopulated(e);

/** "Children's Hospital", "Caesar's Palace": the tokenizer leaves the possessive between the words. */
function possessiveGap(t: Tokens, a: number, b: number): boolean {
  return t.start[b] - t.end[a] === 3 && /^['’]s $/.test(t.text.slice(t.end[a], t.start[b]));
}

/** Token spans [first, last) of the site names in the text. */
function siteSpans(t: Tokens, used: Uint8Array, firstNames: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < t.length; i++) {
    if ((SITE_WORD_LENGTHS[t.text.charCodeAt(t.start[i])] & lengthBit(t.end[i] - t.start[i])) === 0) continue;
    const w = wordAt(t, i);
    if (!HEADS.has(w) || i === 0) continue;
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= MAX_NAME_WORDS; k--) {
      if (!(singleSpaceGap(t, k, k + 1) || possessiveGap(t, k, k + 1)) || !capitalisedAt(t, k) || BLOCKERS.has(wordAt(t, k))) break;
      first = k;
      if (sentenceInitial(t, k)) break;
    }
    if (first === i) continue;
    // "Stuart Hall" is a person; "the Catholic Church", "a Detention Centre" are no one place
    if (i - first === 1 && (firstNames.has(wordAt(t, first)) || GENERIC.has(wordAt(t, first)))) continue;
    let free = true;
    for (let k = first; k <= i; k++) if (used[k]) free = false;
    if (free) out.push([first, i + 1]);
  }
  return out;
}

export function findSites(t: Tokens, kept: readonly Mention[], raw: readonly RawMatch[], used: Uint8Array, ctx: ArticleContext, gazetteer: Gazetteer): ToponymSpan[] {
  const spans = siteSpans(t, used, gazetteer.firstNames);
  if (!spans.length) return [];
  const towns = kept.filter((m) => inTown(m.chosen));
  const counts = new Map<GazetteerEntry, number>();
  for (const m of towns) counts.set(m.chosen!, (counts.get(m.chosen!) ?? 0) + 1);
  let main: GazetteerEntry | undefined;
  for (const [e, n] of counts) if (!main || n > counts.get(main)!) main = e;
  if (!main) {
    const wider = new Map<GazetteerEntry, number>();
    for (const m of kept) if (m.chosen?.kind === 'admin1') wider.set(m.chosen, (wider.get(m.chosen) ?? 0) + 1);
    for (const [e, n] of wider) if (!main || n > wider.get(main)!) main = e;
  }
  const rawAt = new Map(raw.map((r) => [r.first, r]));
  const out: ToponymSpan[] = [];
  for (const [first, last] of spans) {
    const anchor = leadingTown(rawAt.get(first), last, counts, ctx, gazetteer) ?? nextInSentence(t, towns, last) ?? previousInParagraph(t, towns, first) ?? main;
    if (anchor) out.push({ place: anchor.id, start: t.start[first], end: t.end[last - 1] });
  }
  return out;
}

/**
 * The town a site's name opens with ("Manila Cathedral", "Colchester Hospital"), when it is a city
 * or one the article names elsewhere: a street named after a small town (Collins Avenue, Atlantic
 * Avenue) is not in it.
 */
function leadingTown(r: RawMatch | undefined, last: number, named: ReadonlyMap<GazetteerEntry, number>, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry | undefined {
  if (!r || r.last >= last) return undefined;
  const towns = r.ids.map((id) => gazetteer.get(id)).filter(inTown);
  if (!towns.length) return undefined;
  const e = bestReading(towns, ctx, gazetteer);
  return named.has(e) || !isMinor(e) ? e : undefined;
}

function nextInSentence(t: Tokens, towns: readonly Mention[], after: number): GazetteerEntry | undefined {
  const m = towns.find((x) => x.raw.first >= after);
  if (!m) return undefined;
  for (let k = after; k <= m.raw.first; k++) if (sentenceInitial(t, k)) return undefined;
  return m.chosen;
}

function previousInParagraph(t: Tokens, towns: readonly Mention[], before: number): GazetteerEntry | undefined {
  let m: Mention | undefined;
  for (const x of towns) if (x.raw.last <= before) m = x;
  if (!m) return undefined;
  return t.text.slice(t.end[m.raw.last - 1], t.start[before]).includes('\n') ? undefined : m.chosen;
}
