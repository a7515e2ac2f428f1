/**
 * Rules that let a world of namesakes in without the common words: "City, State" patterns, the
 * support a small town needs from the article, names that are common words, surnames.
 */
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index';
import { addToContext, admin1Of, distanceKm, emptyContext, isMinor, type ArticleContext } from './readings';
import { sentenceInitial } from './match';
import { isAllCaps, wordAt, type Tokens } from './tokenize';
import type { Mention } from './mention';

/** How close another of the article's places must be to place a small town. */
const SUPPORT_KM = 150;

/** Is the gap between two mentions a comma ("Columbus, Ohio"; "Paris, Ky.")? */
function commaGap(t: Tokens, a: Mention, b: Mention): boolean {
  return /^\s*,\s*$/.test(t.text.slice(t.end[a.raw.last - 1], t.start[b.raw.first]));
}

function isAncestor(gazetteer: Gazetteer, place: GazetteerEntry, of: GazetteerEntry): boolean {
  return gazetteer.ancestors(place.id).includes(of) || (of.kind === 'country' && place.country === of.country && place.kind !== 'country');
}

/**
 * "City, State" and "City, Country": the state or country after the comma picks the namesake
 * inside it, and both are read that way (Paris, Ky. -> Paris, Kentucky; Columbus, Ohio).
 */
export function applyCommaPatterns(t: Tokens, mentions: Mention[], gazetteer: Gazetteer): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k], b = mentions[k + 1];
    if (!commaGap(t, a, b)) continue;
    const containers = b.candidates.filter((e) => e.kind === 'admin1' || e.kind === 'country');
    for (const container of containers) {
      const inside = a.candidates.filter((e) => e !== container && isAncestor(gazetteer, e, container));
      if (!inside.length) continue;
      a.candidates = inside;
      a.pattern = b.pattern = true;
      b.chosen = container;
      b.explicit = true;
      if (inside.length === 1) { a.chosen = inside[0]; a.explicit = true; }
      break;
    }
  }
}

/** A bare two-letter code (IN, OR, ME, PA, GA) names a state only in "City, ST". */
export function isBareStateCode(t: Tokens, m: Mention): boolean {
  if (m.pattern || m.raw.last - m.raw.first !== 1) return false;
  const w = wordAt(t, m.raw.first);
  return w.length === 2 && m.candidates.every((e) => e.kind === 'admin1');
}

/** Places the article pins down without help: the context small towns are judged against. */
export function anchorContext(mentions: readonly Mention[], gazetteer: Gazetteer, extra: readonly GazetteerEntry[]): ArticleContext {
  const ctx = emptyContext();
  for (const e of extra) addToContext(ctx, gazetteer, e);
  for (const m of mentions) if (m.chosen && (m.pattern || !isMinor(m.chosen))) addToContext(ctx, gazetteer, m.chosen);
  return ctx;
}

/** Does the article place this town: its state named, or another place of the article nearby? */
export function supported(e: GazetteerEntry, ctx: ArticleContext, gazetteer: Gazetteer): boolean {
  const admin = admin1Of(gazetteer, e);
  if (admin && admin !== e.id && ctx.admin1.has(admin)) return true;
  for (const p of ctx.points) {
    if ((p[0] !== e.lon || p[1] !== e.lat) && distanceKm(p, [e.lon, e.lat]) <= SUPPORT_KM) return true;
  }
  return false;
}

/**
 * Which mentions stand: a small town needs support; a name that is a common word ("Nice",
 * "Reading") also must not open a sentence or a headline, and needs a cue, a pattern or support.
 */
export function keepMention(t: Tokens, m: Mention, ctx: ArticleContext, gazetteer: Gazetteer): boolean {
  const e = m.chosen;
  if (!e) return false;
  if (m.pattern || (m.cue && !m.cue.weak)) return true;
  const single = m.raw.last - m.raw.first === 1;
  const word = wordAt(t, m.raw.first);
  if (single && e.kind !== 'country' && !isAllCaps(word) && gazetteer.commonWords.has(word.toLowerCase())) {
    if (sentenceInitial(t, m.raw.first)) return false;
    return supported(e, ctx, gazetteer);
  }
  if (isMinor(e)) return supported(e, ctx, gazetteer);
  return true;
}
