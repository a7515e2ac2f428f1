/**
 * Event dates for excerpts: the day a sentence itself says something happened ("on November 9",
 * "Nov. 11", "late on November 8", "on Friday", "yesterday", "pada hari Minggu", "Pagi ini"),
 * resolved against the article's publication date.
 *
 * chrono-node finds the expressions (it has parsers for en, de, fr, ru, uk, id, es, it, pt, nl, sv,
 * fi, ja, zh, vi); we decide what they mean for news:
 * - only expressions that name a day count: "in September", "at 05:00", "last month" give no date;
 * - durations ("eight months ago", "in 24 hours") give no date: they are rarely a precise day;
 * - a bare weekday is the most recent such day ON OR BEFORE publication ("said on Friday" in a
 *   Saturday paper); "next Friday" looks forward, "last Friday" strictly back;
 * - a day and month without a year gets the year that puts it near publication (see inferYear);
 * - "this morning", "today", "pagi ini" are the publication day;
 * - a date in a "since" clause ("controlled by Russia since the offensive began on February 24",
 *   "sejak 24 Februari") is when a state of affairs began, not the day of the reported event;
 * - a day we infer (no year written) more than a day after publication needs a future marker in
 *   the sentence ("will meet on November 28", "is expected to", "akan"); without one it is dropped;
 * - an undated article only gets dates the sentence spells out in full (with the year).
 *
 * A sentence can name several days; each mention takes the one nearest to it (nearestDate).
 */
import { parseYmd } from '../days/index.ts';
import { mayHaveDate } from './hints.ts';
import { weekdayAfter, weekdayOnOrBefore } from './inference.ts';
import { indonesianWeekday } from './indonesian.ts';
import { dateParserFor } from './parsers.ts';
import { FUTURE, inSinceClause, resolve, resolveDay } from './resolve.ts';

/** chrono's patterns spell apostrophes ASCII; Ukrainian text uses ʼ or ’ ("пʼятниця"). One for one, so offsets stay. */
const FANCY_APOSTROPHES = /[ʼ’‘`´]/g;

/**
 * Languages whose date words never contain an apostrophe (in chrono's patterns and ours, every
 * apostrophe is just a non-letter): their text is read as it is, without a folded copy.
 * (tests/dates checks that folding changes no English date.)
 */
const NO_APOSTROPHE_DATE_WORDS = new Set(['en']);

function foldApostrophes(text: string, language: string): string {
  return NO_APOSTROPHE_DATE_WORDS.has(language) ? text : text.replace(FANCY_APOSTROPHES, "'");
}

/** An expression in a sentence that names a day: UTF-16 offsets into the sentence, and the day. */
export interface DatedExpression { start: number; end: number; date: string }

/** The answer for most sentences, shared (one empty array per sentence was garbage). */
const NO_DATES: readonly DatedExpression[] = Object.freeze([]);

/**
 * Every expression in `rawSentence` that names a day, in text order.
 * @param prepared what the caller computed once for a whole article (ArticleDates): `rawSentence`
 *   with apostrophes folded, its lower-case form, and the time of localNoon(published)
 */
export function sentenceDates(
  rawSentence: string, published: string | undefined, language: string,
  prepared?: { sentence: string; lower?: string; publishedNoon?: number },
): readonly DatedExpression[] {
  const sentence = prepared?.sentence ?? foldApostrophes(rawSentence, language);
  const lower = prepared?.lower ?? sentence.toLowerCase();
  if (!mayHaveDate(sentence, language, lower)) return NO_DATES;
  const parse = dateParserFor(language);
  const found: DatedExpression[] = [];
  if (published) {
    // Local noon of the publication day: far from midnight, so no time zone can move the day.
    const noon = prepared?.publishedNoon;
    const results = parse(sentence, noon === undefined ? localNoon(published) : new Date(noon));
    // (Closures made per sentence are costly under tsx, which names each one: only when needed.)
    if (results.length === 0 && language !== 'id') return NO_DATES;
    let looksAhead: boolean | undefined;
    const speaksOfFuture = () => (looksAhead ??= FUTURE.test(sentence));
    for (const result of results) {
      const date = resolve(result, sentence, published, speaksOfFuture);
      if (date) addUnlessSince(found, sentence, result.index, result.index + result.text.length, date);
    }
  } else {
    // Undated article: only a date the words fix on their own. Parsing against two far-apart
    // reference days and keeping what does not move rules out anything relative ("last night").
    const against2001 = parse(sentence, new Date(2001, 0, 1, 12));
    const against2011 = parse(sentence, new Date(2011, 6, 1, 12));
    for (const result of against2001) {
      const date = resolveDay(result, sentence, undefined);
      const twin = against2011.find((r) => r.index === result.index && r.text === result.text);
      if (date && twin && resolveDay(twin, sentence, undefined) === date) addUnlessSince(found, sentence, result.index, result.index + result.text.length, date);
    }
  }
  if (language === 'id' && published) {
    const wd = indonesianWeekday(sentence);
    if (wd) addUnlessSince(found, sentence, wd.index, wd.index + wd.length, wd.last ? weekdayOnOrBefore(published, wd.weekday, true) : wd.next ? weekdayAfter(published, wd.weekday) : weekdayOnOrBefore(published, wd.weekday));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Adds the expression unless it dates a "since" clause. */
function addUnlessSince(found: DatedExpression[], sentence: string, start: number, end: number, date: string): void {
  if (!inSinceClause(sentence, start)) found.push({ start, end, date });
}

/**
 * The day named nearest to the span [start, end) of the sentence, by characters between the two
 * (0 when they overlap); on a tie the earlier expression. "Kherson fell on November 11 and Lyman
 * on October 1": Kherson gets the 11th, Lyman the 1st.
 */
export function nearestDate(dates: readonly DatedExpression[], start: number, end: number): string | undefined {
  let best: DatedExpression | undefined;
  let bestDistance = Infinity;
  for (const dated of dates) {
    const distance = dated.end <= start ? start - dated.end : dated.start >= end ? dated.start - end : 0;
    if (distance < bestDistance) { best = dated; bestDistance = distance; }
  }
  return best?.date;
}

/**
 * The event date of a sentence: the day named nearest to `mention` (offsets into the sentence),
 * or without one the first day the sentence names.
 */
export function eventDate(
  sentence: string, published: string | undefined, language: string, mention?: { start: number; end: number },
): string | undefined {
  const dates = sentenceDates(sentence, published, language);
  return mention ? nearestDate(dates, mention.start, mention.end) : dates[0]?.date;
}

/**
 * Event dates for the mentions in one article text: apostrophes are folded and the text is
 * lower-cased once for the article rather than once per sentence, and each sentence is read once.
 */
export class ArticleDates {
  private folded?: string;
  private lower?: string;
  private readonly bySentence = new Map<number, readonly DatedExpression[]>();
  private lastKey = -1;
  private lastDates: readonly DatedExpression[] | undefined;
  private publishedNoon: number | undefined;

  constructor(private readonly text: string, private readonly published: string | undefined, private readonly language: string) {}

  /** The event date of a mention at [start, end) of `text`, in the sentence [sentenceStart, sentenceEnd). */
  dateOf(sentenceStart: number, sentenceEnd: number, start: number, end: number): string | undefined {
    // Key = start * 2^24 + length (a sentence is shorter than a 10 MB file).
    const key = sentenceStart * 0x1000000 + (sentenceEnd - sentenceStart);
    // Mentions come in text order: most share the sentence of the one before.
    let dates = key === this.lastKey ? this.lastDates : this.bySentence.get(key);
    if (!dates) {
      if (this.folded === undefined) {
        this.folded = foldApostrophes(this.text, this.language);
        const lower = this.folded.toLowerCase();
        // Lower-casing can lengthen a string ("İ" -> "i̇"); then offsets differ and sentences lower-case alone.
        if (lower.length === this.folded.length) this.lower = lower;
        if (this.published) this.publishedNoon = localNoon(this.published).getTime();
      }
      const sentence = this.folded.slice(sentenceStart, sentenceEnd);
      const lower = this.lower?.slice(sentenceStart, sentenceEnd);
      dates = sentenceDates(sentence, this.published, this.language, { sentence, lower, publishedNoon: this.publishedNoon });
      this.bySentence.set(key, dates);
    }
    this.lastKey = key;
    this.lastDates = dates;
    return nearestDate(dates, start - sentenceStart, end - sentenceStart);
  }
}

function localNoon(iso: string): Date {
  const { year, month, day } = parseYmd(iso);
  return new Date(year, month - 1, day, 12);
}
