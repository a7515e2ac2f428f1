/** What a chrono-node result means as a day in a news article (see the rules in sentenceDates.ts). */
import type { ParsedResult } from 'chrono-node';
import { daysBetween, formatYmd } from '../days/index.ts';
import { inferYear, weekdayAfter, weekdayOnOrBefore } from './inference.ts';

const NEXT = /\b(?:next|coming|nächste[nmrs]?|kommende[nmrs]?|prochain|próximo|prossimo|volgende|depan)\b|следующ|наступн/iu;
const LAST = /\b(?:last|past|previous|letzte[nmrs]?|vergangene[nmrs]?|dernier|pasado|scorso|vorige|lalu)\b|прошл|минул/iu;
/** "every Friday", "setiap hari Minggu", "jeden Montag": a habit, not a date. */
const EVERY_BEFORE = /(?:^|[^\p{L}])(?:every|each|setiap|tiap|jeden|jede|jeder|chaque|cada|ogni|elke|каждую|каждый|каждое|кожну|кожен|кожного)\s+(?:(?:hari|day)\s+)?$/iu;
/** "this morning", "tonight", "pagi ini", "heute Abend", "сегодня утром": the publication day. */
const THIS_DAY = /\b(?:this|tonight|today|ini|heute|aujourd|hoy|oggi|vandaag|idag|tänään|hôm nay)\b|сегодня|сьогодні|今天|今日/iu;

/** "since", "sejak", "seit", "depuis", "desde", "sinds", "sedan", as a word. */
const SINCE = /(?:^|[^\p{L}])(?:since|sejak|seit|seitdem|depuis|desde|sinds|sedan)(?!\p{L})/iu;
/** Where a clause ends: punctuation, or a conjunction that starts a new statement. */
const CLAUSE_BREAK = /[,;:()[\]–—]|\s(?:and|but|when|while|after|before|until|dan|namun|tetapi|und|aber|et|mais|y|pero|en|maar|och|men)\s/iu;
/** A "since" clause is short: its word stands at most this many characters before the date. */
const SINCE_WINDOW = 60;

/** Does the expression at `at` belong to a "since …" clause ("since the offensive began on …")? */
export function inSinceClause(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - SINCE_WINDOW), at);
  if (!SINCE.test(before)) return false;
  const clauses = before.split(CLAUSE_BREAK);
  return SINCE.test(clauses[clauses.length - 1]);
}

/**
 * Words that let a sentence speak of a day after publication: "will", "is expected to",
 * "scheduled", "next", "akan" (id), "wird" (de), "prochain" (fr), "будет" (ru)...
 */
export const FUTURE = /(?<!\p{L})(?:will|shall|expected|expects|scheduled|plans?|planned|planning|upcoming|next|coming|tomorrow|due to|set to|going to|akan|depan|mendatang|besok|dijadwalkan|direncanakan|rencana(?:nya)?|wird|werden|soll(?:en)?|geplant|nächste[nmrs]?|kommende[nmrs]?|morgen|prochaine?s?|demain|prévue?s?|sera|seront|próxim[oa]s?|mañana|será|prossim[oa]|domani|volgende|будет|будут|завтра|следующ\p{L}*|планиру\p{L}*|буде|будуть|наступн\p{L}*|планує)(?!\p{L})|['’]ll(?!\p{L})/iu;

/**
 * What a chrono result found in `sentence` means as a day, if anything, in an article published
 * on `published`. `speaksOfFuture` tests the sentence for a future marker (once, when needed).
 */
export function resolve(result: ParsedResult, sentence: string, published: string, speaksOfFuture: () => boolean): string | undefined {
  const date = resolveDay(result, sentence, published);
  // A day we inferred (the year is not written) lies in the past unless the sentence looks ahead:
  // one day of slack for time zones and "tomorrow".
  if (date && date > published && !result.start.isCertain('year') && daysBetween(published, date) > 1 && !speaksOfFuture()) return undefined;
  return date;
}

function hasCasualReference(tags: Set<string>): boolean {
  for (const tag of tags) if (tag.startsWith('casualReference/')) return true;
  return false;
}

/** The day a chrono result names, before the future check (for undated articles: only full dates). */
export function resolveDay(result: ParsedResult, sentence: string, published: string | undefined): string | undefined {
  const start = result.start;
  const tags = result.tags();
  const at = result.index;
  if (tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) return undefined;
  if (EVERY_BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) return undefined;
  if (tags.has('casualReference/now')) return undefined; // "Kherson is now part of…" is not an event day
  const relative = hasCasualReference(tags);
  // The expression plus a few characters after it, where Indonesian puts "lalu"/"depan".
  const context = sentence.slice(at, at + result.text.length + 8);

  if (start.isCertain('day') && start.isCertain('month')) {
    if (relative) return published ? formatYmd({ year: start.get('year')!, month: start.get('month')!, day: start.get('day')! }) : undefined;
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (start.isCertain('year')) return formatYmd({ year: start.get('year')!, month, day });
    if (!published) return undefined; // "November 9" of which year?
    const year = inferYear(month, day, published);
    return year === undefined ? undefined : formatYmd({ year, month, day });
  }
  if (!published) return undefined;
  if (start.isCertain('weekday')) {
    const weekday = start.get('weekday')!;
    if (NEXT.test(context)) return weekdayAfter(published, weekday);
    return weekdayOnOrBefore(published, weekday, LAST.test(context));
  }
  if (relative && THIS_DAY.test(result.text)) return published;
  return undefined;
}
