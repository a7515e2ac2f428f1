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

/**
 * Words without which chrono cannot find a date we would accept (digits, month and weekday names,
 * today/yesterday/this …), per language. Running chrono's ~40 parsers only on sentences that pass
 * this one regex keeps dates cheap; languages without a list always go to chrono.
 */
const MAY_HAVE_DATE: Readonly<Record<string, RegExp>> = {
  en: /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|this|last|night)/i,
  id: /\d|\b(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des|senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad|ini|kemarin|besok|lusa|malam)/i,
  de: /\d|\b(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|mon|die|mit|don|fre|sam|sonn|heute|gestern|morgen|vorgestern|übermorgen)/iu,
  fr: /\d|\b(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd|hier|demain|ce )/iu,
  ru: /\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|сегодня|вчера|завтра|позавчера|послезавтра|ноч/iu,
  uk: /\d|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|сьогодні|вчора|учора|завтра|позавчора|післязавтра|ноч/iu,
};

export function eventDate(rawSentence: string, published: string | undefined, language: string): string | undefined {
  // chrono's patterns spell apostrophes ASCII; Ukrainian text uses ʼ or ’ ("пʼятниця").
  const sentence = rawSentence.replace(/[ʼ’‘`´]/g, "'");
  if (MAY_HAVE_DATE[language] && !MAY_HAVE_DATE[language].test(sentence)) return undefined;
  const parser = PARSERS[language] ?? FALLBACK_PARSER;
  const candidates: { index: number; date: string }[] = [];

  if (published) {
    // Local noon of the publication day: far from midnight, so no time zone can move the day.
    for (const result of parser.parse(sentence, localNoon(published))) {
      const date = resolve(result, sentence, published);
      if (date) {
        candidates.push({ index: result.index, date });
        break; // chrono returns results in text order: the first dated expression wins
      }
    }
  } else {
    // Undated article: only a date the words fix on their own. Parsing against two far-apart
    // reference days and keeping what does not move rules out anything relative ("last night").
    const a = parser.parse(sentence, new Date(2001, 0, 1, 12));
    const b = parser.parse(sentence, new Date(2011, 6, 1, 12));
    for (const result of a) {
      const date = resolve(result, sentence, undefined);
      const twin = b.find((r) => r.index === result.index && r.text === result.text);
      if (date && twin && resolve(twin, sentence, undefined) === date) {
        candidates.push({ index: result.index, date });
        break;
      }
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
  if (tags.has('casualReference/now')) return undefined; // "Kherson is now part of…" is not an event day
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
