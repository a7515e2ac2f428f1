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
import type { ParsedResult } from 'chrono-node';
import { formatYmd, inferYear, parseYmd, toDayNumber, weekdayAfter, weekdayOnOrBefore } from './calendar.ts';
import { indonesianWeekday } from './indonesian.ts';
import { dateParserFor } from './parsers.ts';

export { englishDateParser, indonesianDateParser } from './parsers.ts';

const NEXT = /\b(?:next|coming|nächste[nmrs]?|kommende[nmrs]?|prochain|próximo|prossimo|volgende|depan)\b|следующ|наступн/iu;
const LAST = /\b(?:last|past|previous|letzte[nmrs]?|vergangene[nmrs]?|dernier|pasado|scorso|vorige|lalu)\b|прошл|минул/iu;
/** "every Friday", "setiap hari Minggu", "jeden Montag": a habit, not a date. */
const EVERY_BEFORE = /(?:^|[^\p{L}])(?:every|each|setiap|tiap|jeden|jede|jeder|chaque|cada|ogni|elke|каждую|каждый|каждое|кожну|кожен|кожного)\s+(?:(?:hari|day)\s+)?$/iu;
/** "this morning", "tonight", "pagi ini", "heute Abend", "сегодня утром": the publication day. */
const THIS_DAY = /\b(?:this|tonight|today|ini|heute|aujourd|hoy|oggi|vandaag|idag|tänään|hôm nay)\b|сегодня|сьогодні|今天|今日/iu;

/**
 * Cheap test for "may contain a date we would accept", per language, so chrono's ~40 parsers only
 * run on sentences that pass. Accepted dates need a numeric date, a month name WITH a
 * number (a day), a weekday, or a today/yesterday word; a bare number or a lone month is not enough
 * (durations and months are not accepted anyway). Languages without a list always go to chrono.
 */
interface DateHints { months: RegExp; days: RegExp }
// Tested on lower-cased text, without the i and u flags, with explicit letter classes as word
// boundaries (\b is ASCII-only): several times faster than case-insensitive Unicode lookbehinds.
const LATIN = 'a-zà-ÿ';
const CYRILLIC = "а-яёіїєґ'ʼ";
const hints = (letters: string, months: string, days: string): DateHints => ({
  months: new RegExp(`(?:^|[^${letters}])(?:${months})(?![${letters}])`),
  days: new RegExp(`(?:^|[^${letters}])(?:${days})(?![${letters}])`),
});
const DATE_HINTS: Readonly<Record<string, DateHints>> = {
  en: hints(
    LATIN,
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
    'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night',
  ),
  id: hints(
    LATIN,
    'jan(?:uari)?|feb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei|juni?|juli?|agu(?:stus)?|agt|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?',
    "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|(?:hari|pagi|siang|sore|malam) ini|kemarin|besok|lusa|semalam|tadi malam",
  ),
  de: hints(
    LATIN,
    'jan(?:uar)?|feb(?:ruar)?|mär(?:z)?|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?',
    'montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonnabends?|sonntags?|heute|gestern|morgen|vorgestern|übermorgen',
  ),
  fr: hints(
    LATIN,
    'janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?',
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|hier|demain|ce matin|ce soir|cette nuit",
  ),
  ru: hints(
    CYRILLIC,
    'январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]',
    'понедельник[а-яёіїєґʼ]*|вторник[а-яёіїєґʼ]*|сред[аыуе]|четверг[а-яёіїєґʼ]*|пятниц[а-яёіїєґʼ]*|суббот[а-яёіїєґʼ]*|воскресень[а-яёіїєґʼ]*|сегодня|вчера|завтра|позавчера|послезавтра|ночью',
  ),
  uk: hints(
    CYRILLIC,
    'січ[а-яёіїєґʼ]*|лют[а-яёіїєґʼ]*|берез[а-яёіїєґʼ]*|квіт[а-яёіїєґʼ]*|трав[а-яёіїєґʼ]*|черв[а-яёіїєґʼ]*|лип[а-яёіїєґʼ]*|серп[а-яёіїєґʼ]*|верес[а-яёіїєґʼ]*|жовт[а-яёіїєґʼ]*|листопад[а-яёіїєґʼ]*|груд[а-яёіїєґʼ]*',
    "понеділ[а-яёіїєґʼ]*|вівтор[а-яёіїєґʼ]*|серед[аиуі]|четвер[а-яёіїєґʼ]*|п'ятниц[а-яёіїєґʼ]*|субот[а-яёіїєґʼ]*|неділ[а-яёіїєґʼ]*|сьогодні|вчора|учора|завтра|позавчора|післязавтра|вночі|уночі|ночі",
  ),
};
const NUMERIC_DATE = /\d[./-]\d/;
const DIGIT = /\d/;

/**
 * (Giving chrono only a window around each hint was tried: its cost is mostly per call, not per
 * character, so it saved little and risked cutting expressions apart.)
 * @param lower `sentence` lower-cased
 */
function mayHaveDate(sentence: string, language: string, lower: string): boolean {
  const h = DATE_HINTS[language];
  if (!h) return true;
  if (NUMERIC_DATE.test(sentence)) return true;
  return (DIGIT.test(sentence) && h.months.test(lower)) || h.days.test(lower);
}

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

/**
 * Every expression in `rawSentence` that names a day, in text order.
 * @param folded `rawSentence` with apostrophes already folded, and its lower-case form, when the
 *   caller prepared them for a whole article (ArticleDates)
 */
export function sentenceDates(
  rawSentence: string, published: string | undefined, language: string,
  folded?: { sentence: string; lower?: string },
): DatedExpression[] {
  const sentence = folded?.sentence ?? foldApostrophes(rawSentence, language);
  const lower = folded?.lower ?? sentence.toLowerCase();
  if (!mayHaveDate(sentence, language, lower)) return [];
  const parse = dateParserFor(language);
  const found: DatedExpression[] = [];
  const add = (start: number, end: number, date: string) => {
    if (!inSinceClause(sentence, start)) found.push({ start, end, date });
  };

  if (published) {
    let looksAhead: boolean | undefined;
    const speaksOfFuture = () => (looksAhead ??= FUTURE.test(sentence));
    // Local noon of the publication day: far from midnight, so no time zone can move the day.
    for (const result of parse(sentence, lower, localNoon(published))) {
      const date = resolve(result, sentence, published, speaksOfFuture);
      if (date) add(result.index, result.index + result.text.length, date);
    }
  } else {
    // Undated article: only a date the words fix on their own. Parsing against two far-apart
    // reference days and keeping what does not move rules out anything relative ("last night").
    const a = parse(sentence, lower, new Date(2001, 0, 1, 12));
    const b = parse(sentence, lower, new Date(2011, 6, 1, 12));
    for (const result of a) {
      const date = resolveDay(result, sentence, undefined);
      const twin = b.find((r) => r.index === result.index && r.text === result.text);
      if (date && twin && resolveDay(twin, sentence, undefined) === date) add(result.index, result.index + result.text.length, date);
    }
  }
  if (language === 'id' && published) {
    const wd = indonesianWeekday(sentence);
    if (wd) add(wd.index, wd.index + wd.length, wd.last ? weekdayOnOrBefore(published, wd.weekday, true) : wd.next ? weekdayAfter(published, wd.weekday) : weekdayOnOrBefore(published, wd.weekday));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The day named nearest to the span [start, end) of the sentence, by characters between the two
 * (0 when they overlap); on a tie the earlier expression. "Kherson fell on November 11 and Lyman
 * on October 1": Kherson gets the 11th, Lyman the 1st.
 */
export function nearestDate(dates: readonly DatedExpression[], start: number, end: number): string | undefined {
  let best: DatedExpression | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
    if (distance < bestDistance) { best = d; bestDistance = distance; }
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
  private readonly bySentence = new Map<number, DatedExpression[]>();

  constructor(private readonly text: string, private readonly published: string | undefined, private readonly language: string) {}

  /** The event date of a mention at [start, end) of `text`, in the sentence [sentenceStart, sentenceEnd). */
  dateOf(sentenceStart: number, sentenceEnd: number, start: number, end: number): string | undefined {
    // Key = start * 2^24 + length (a sentence is shorter than a 10 MB file).
    const key = sentenceStart * 0x1000000 + (sentenceEnd - sentenceStart);
    let dates = this.bySentence.get(key);
    if (!dates) {
      if (this.folded === undefined) {
        this.folded = foldApostrophes(this.text, this.language);
        const lower = this.folded.toLowerCase();
        // Lower-casing can lengthen a string ("İ" -> "i̇"); then offsets differ and sentences lower-case alone.
        if (lower.length === this.folded.length) this.lower = lower;
      }
      const sentence = this.folded.slice(sentenceStart, sentenceEnd);
      const lower = this.lower?.slice(sentenceStart, sentenceEnd);
      dates = sentenceDates(sentence, this.published, this.language, { sentence, lower });
      this.bySentence.set(key, dates);
    }
    return nearestDate(dates, start - sentenceStart, end - sentenceStart);
  }
}

/** "since", "sejak", "seit", "depuis", "desde", "sinds", "sedan", as a word. */
const SINCE = /(?:^|[^\p{L}])(?:since|sejak|seit|seitdem|depuis|desde|sinds|sedan)(?!\p{L})/iu;
/** Where a clause ends: punctuation, or a conjunction that starts a new statement. */
const CLAUSE_BREAK = /[,;:()[\]–—]|\s(?:and|but|when|while|after|before|until|dan|namun|tetapi|und|aber|et|mais|y|pero|en|maar|och|men)\s/iu;
/** A "since" clause is short: its word stands at most this many characters before the date. */
const SINCE_WINDOW = 60;

/** Does the expression at `at` belong to a "since …" clause ("since the offensive began on …")? */
function inSinceClause(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - SINCE_WINDOW), at);
  if (!SINCE.test(before)) return false;
  const clauses = before.split(CLAUSE_BREAK);
  return SINCE.test(clauses[clauses.length - 1]);
}

/**
 * Words that let a sentence speak of a day after publication: "will", "is expected to",
 * "scheduled", "next", "akan" (id), "wird" (de), "prochain" (fr), "будет" (ru)...
 */
const FUTURE = /(?<!\p{L})(?:will|shall|expected|expects|scheduled|plans?|planned|planning|upcoming|next|coming|tomorrow|due to|set to|going to|akan|depan|mendatang|besok|dijadwalkan|direncanakan|rencana(?:nya)?|wird|werden|soll(?:en)?|geplant|nächste[nmrs]?|kommende[nmrs]?|morgen|prochaine?s?|demain|prévue?s?|sera|seront|próxim[oa]s?|mañana|será|prossim[oa]|domani|volgende|будет|будут|завтра|следующ\p{L}*|планиру\p{L}*|буде|будуть|наступн\p{L}*|планує)(?!\p{L})|['’]ll(?!\p{L})/iu;

/**
 * What a chrono result found in `sentence` means as a day, if anything, in an article published
 * on `published`. `speaksOfFuture` tests the sentence for a future marker (once, when needed).
 */
function resolve(result: ParsedResult, sentence: string, published: string, speaksOfFuture: () => boolean): string | undefined {
  const date = resolveDay(result, sentence, published);
  // A day we inferred (the year is not written) lies in the past unless the sentence looks ahead:
  // one day of slack for time zones and "tomorrow".
  if (date && date > published && !result.start.isCertain('year') && toDayNumber(date) - toDayNumber(published) > 1 && !speaksOfFuture()) return undefined;
  return date;
}

/** The day a chrono result names, before the future check (for undated articles: only full dates). */
function resolveDay(result: ParsedResult, sentence: string, published: string | undefined): string | undefined {
  const c = result.start;
  const tags = result.tags();
  const at = result.index;
  if (tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) return undefined;
  if (EVERY_BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) return undefined;
  if (tags.has('casualReference/now')) return undefined; // "Kherson is now part of…" is not an event day
  const relative = [...tags].some((t) => t.startsWith('casualReference/'));
  // The expression plus a few characters after it, where Indonesian puts "lalu"/"depan".
  const context = sentence.slice(at, at + result.text.length + 8);

  if (c.isCertain('day') && c.isCertain('month')) {
    if (relative) return published ? formatYmd({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }) : undefined;
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (c.isCertain('year')) return formatYmd({ year: c.get('year')!, month, day });
    if (!published) return undefined; // "November 9" of which year?
    const year = inferYear(month, day, published);
    return year === undefined ? undefined : formatYmd({ year, month, day });
  }
  if (!published) return undefined;
  if (c.isCertain('weekday')) {
    const weekday = c.get('weekday')!;
    if (NEXT.test(context)) return weekdayAfter(published, weekday);
    return weekdayOnOrBefore(published, weekday, LAST.test(context));
  }
  if (relative && THIS_DAY.test(result.text)) return published;
  return undefined;
}

function localNoon(iso: string): Date {
  const { year, month, day } = parseYmd(iso);
  return new Date(year, month - 1, day, 12);
}
