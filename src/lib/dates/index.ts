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
 * - an undated article only gets dates the sentence spells out in full (with the year).
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { formatYmd, inferYear, parseYmd, weekdayAfter, weekdayOnOrBefore } from './calendar.ts';
import { indonesianWeekday } from './indonesian.ts';

type ChronoParser = { parse(text: string, ref?: Date): ParsedResult[] };

const PARSERS: Readonly<Record<string, ChronoParser>> = {
  en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, ru: chrono.ru.casual,
  uk: chrono.uk.casual, id: chrono.id.casual, es: chrono.es.casual, it: chrono.it.casual,
  pt: chrono.pt.casual, nl: chrono.nl.casual, sv: chrono.sv.casual, fi: chrono.fi.casual,
  ja: chrono.ja.casual, zh: chrono.zh.casual, vi: chrono.vi.casual,
  und: chrono.en.casual,
};
/** Other languages: only formal dates (2022-11-09, 9 November 2022), no casual English words. */
const FALLBACK_PARSER: ChronoParser = chrono.en.strict;

const NEXT = /\b(?:next|coming|nächste[nmrs]?|kommende[nmrs]?|prochain|próximo|prossimo|volgende|depan)\b|следующ|наступн/iu;
const LAST = /\b(?:last|past|previous|letzte[nmrs]?|vergangene[nmrs]?|dernier|pasado|scorso|vorige|lalu)\b|прошл|минул/iu;
/** "every Friday", "setiap hari Minggu", "jeden Montag": a habit, not a date. */
const EVERY_BEFORE = /(?:^|[^\p{L}])(?:every|each|setiap|tiap|jeden|jede|jeder|chaque|cada|ogni|elke|каждую|каждый|каждое|кожну|кожен|кожного)\s+(?:(?:hari|day)\s+)?$/iu;
/** "this morning", "tonight", "pagi ini", "heute Abend", "сегодня утром": the publication day. */
const THIS_DAY = /\b(?:this|tonight|today|ini|heute|aujourd|hoy|oggi|vandaag|idag|tänään|hôm nay)\b|сегодня|сьогодні|今天|今日/iu;

export function eventDate(rawSentence: string, published: string | undefined, language: string): string | undefined {
  // chrono's patterns spell apostrophes ASCII; Ukrainian text uses ʼ or ’ ("пʼятниця").
  const sentence = rawSentence.replace(/[ʼ’‘`´]/g, "'");
  const parser = PARSERS[language] ?? FALLBACK_PARSER;
  // Local noon of the publication day: far from midnight, so no time zone can move the day.
  const ref = published ? localNoon(published) : new Date(2000, 0, 1, 12);
  const candidates: { index: number; date: string }[] = [];

  for (const result of parser.parse(sentence, ref)) {
    const date = resolve(result, sentence, published);
    if (date) {
      candidates.push({ index: result.index, date });
      break; // chrono returns results in text order: the first dated expression wins
    }
  }
  if (language === 'id' && published) {
    const wd = indonesianWeekday(sentence);
    if (wd) candidates.push({ index: wd.index, date: wd.last ? weekdayOnOrBefore(published, wd.weekday, true) : wd.next ? weekdayAfter(published, wd.weekday) : weekdayOnOrBefore(published, wd.weekday) });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.date;
}

function resolve(result: ParsedResult, sentence: string, published: string | undefined): string | undefined {
  const c = result.start;
  const tags = result.tags();
  if (tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) return undefined;
  if (EVERY_BEFORE.test(sentence.slice(Math.max(0, result.index - 16), result.index))) return undefined;
  const relative = [...tags].some((t) => t.startsWith('casualReference/'));
  // The expression plus a few characters after it, where Indonesian puts "lalu"/"depan".
  const context = sentence.slice(result.index, result.index + result.text.length + 8);

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
