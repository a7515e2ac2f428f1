/**
 * The chrono-node parser for each language, trimmed for speed without changing what we accept:
 * chrono runs dozens of regexes over every sentence, and dates were the costliest step of ingest.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';

/** Finds date expressions in `sentence`, against `reference` (the day relative words count from). */
export type DateParser = (sentence: string, reference: Date) => ParsedResult[];

type Parser = chrono.Chrono['parsers'][number];

/** A copy of `base` without the parsers named in `unused`, matched by class name. */
function without(base: chrono.Chrono, unused: readonly string[]): chrono.Chrono {
  const names = new Set(unused);
  return new chrono.Chrono({ parsers: base.parsers.filter((p) => !names.has(p.constructor.name)), refiners: base.refiners });
}

/**
 * English without the parsers whose results we never accept (durations, "within N days", times of
 * day, "last month", end of month): about half of chrono's cost, same dates (tests/dates compares
 * it with the full parser on the seeds). Parsers are matched by class name; should a bundler rename
 * the classes, nothing is dropped: slower, same dates.
 */
export const englishDateParser = without(chrono.en.casual, [
  'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser', 'ENTimeExpressionParser', 'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
]);

/**
 * Indonesian likewise: durations ("2 hari lalu", "dalam 24 jam") are relative dates we reject, and
 * times of day ("pukul 10.00") only lengthen a date expression. About 40% cheaper, same days.
 */
export const indonesianDateParser = without(chrono.id.casual, [
  'IDTimeUnitWithinFormatParser', 'IDTimeUnitAgoFormatParser', 'IDTimeUnitLaterFormatParser', 'IDTimeExpressionParser',
]);

/**
 * Gates: for each parser, a cheap pattern every match of the parser contains, tested on the sentence
 * with the same case-insensitive (non-Unicode) flag as chrono's own patterns, so letters compare the
 * same way. Without a gate match the parser cannot match, so skipping it changes nothing.
 *
 * Most gates pin a keyword's left edge: chrono's patterns start with `(\W|^)`, then optional words
 * ending in a space or named below ("on", "this", "in", an ordinal's "th"...), then the keyword, which
 * ends with `(?=\W|$)` unless something else follows. (A later match of the same parser can start
 * right after the previous one, where `^` meets a letter, but only once a first match exists.) A gate
 * with only the keyword let through "showed" (wed), "known" (now), "mayor" (may).
 */
const ENGLISH_MONTH_KEY = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** The ordinals chrono reads ("9", "9th", "ninth", "twenty-first") all end in a digit or st/nd/rd/th. */
const ORDINAL_END = String.raw`\d|st|nd|rd|th`;
/**
 * A gate whose parser only matches text with a digit in it: it is tested only when the sentence has
 * one (a gate test costs about a microsecond; most sentences have no digit).
 */
interface DigitGate { withDigit: RegExp }
type Gate = RegExp | DigitGate;
const DIGIT = /\d/;

const ENGLISH_GATES: Readonly<Record<string, Gate>> = {
  ENYearMonthDayParser: { withDigit: /\d{4}/ },
  ISOFormatParser: { withDigit: /\d{4}-\d/ },
  SlashDateFormatParser: { withDigit: /\d[/.-]\d/ },
  ENSlashMonthFormatParser: { withDigit: /\d\/\d{4}/ },
  // a year ("2022", "300 BC"), a separator, the month
  ENYearMonthNameParser: { withDigit: new RegExp(String.raw`(?:\d|be|ad|bc|ce)(?:\s*[-.\/,]?\s*|\s+of\s+)(?:${ENGLISH_MONTH_KEY})`, 'i') },
  // "9 November", "9th of November", "ninth-November": an ordinal's end, a separator, the month
  ENMonthNameLittleEndianParser: new RegExp(String.raw`(?:${ORDINAL_END})(?:-|/|\s{0,3}(?:of)?\s{0,3})(?:${ENGLISH_MONTH_KEY})`, 'i'),
  // "November 9", "Nov. 9th", "November, ninth": the month, then an ordinal's first digit or letters
  ENMonthNameMiddleEndianParser: new RegExp(String.raw`(?:^|\W)(?:${ENGLISH_MONTH_KEY})[a-z]*\.?(?:-|/|\s*,?\s*)(?:\d|fi|se|th|fo|si|ei|ni|te|el|tw)`, 'i'),
  ENMonthNameParser: new RegExp(String.raw`(?:^|\W|in)(?:${ENGLISH_MONTH_KEY})`, 'i'),
  // after "on", "this", "last", "past", "next" written without a space too; before an "of/this/... week" suffix
  ENWeekdayParser: /(?:^|\W|on|is|st|xt)(?:sun(?:day)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|weekend|weekday)(?:\W|$|of|this|last|past|next)/i,
  ENCasualDateParser: /(?:^|\W)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i,
  ENCasualTimeParser: /(?:^|\W|this)(?:morning|afternoon|evening|night|midnight|midday|noon)(?!\w)/i,
};

const INDONESIAN_MONTH_KEY = 'jan|feb|peb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|nop|des';
const INDONESIAN_GATES: Readonly<Record<string, Gate>> = {
  ISOFormatParser: ENGLISH_GATES.ISOFormatParser,
  SlashDateFormatParser: ENGLISH_GATES.SlashDateFormatParser,
  // a month after "bulan ", a space or a digit ("3 November", "3-Nov")
  IDMonthNameParser: new RegExp(String.raw`(?:^|\W|\d)(?:${INDONESIAN_MONTH_KEY})`, 'i'),
  // "3 November", "November 3": the day is in digits
  IDMonthNameLittleEndianParser: { withDigit: new RegExp(String.raw`(?:\W|\d)(?:${INDONESIAN_MONTH_KEY})`, 'i') },
  IDMonthNameMiddleEndianParser: { withDigit: new RegExp(String.raw`(?:^|\W)(?:${INDONESIAN_MONTH_KEY})`, 'i') },
  IDWeekdayParser: /(?:^|\W)(?:minggu|ahad|senin|selasa|rabu|kamis|jum'?at|sabtu)(?!\w)/i,
  IDRelativeDateFormatParser: /(?:^|\W)(?:minggu|pekan|bulan|tahun)\s/i,
  IDCasualDateParser: /(?:^|\W)(?:sekarang|saat|hari|kemarin|besok|lusa|nanti|malam|tadi|semalam)(?!\w)/i,
  IDCasualTimeParser: /(?:^|\W)(?:tengah|pagi|siang|sore|petang|malam)(?!\w)/i,
};

/**
 * Runs only the parsers of `base` whose gate passes (a parser without a gate always runs): the
 * same results for a fraction of the cost on news sentences. One Chrono per combination, cached.
 */
export function gated(base: chrono.Chrono, gates: Readonly<Record<string, Gate>>): DateParser {
  const parsers: readonly Parser[] = base.parsers;
  // Each distinct gate is tested once per sentence; bit i of its mask = parser i.
  const always = new Map<RegExp, number>();
  const withDigit = new Map<RegExp, number>();
  let ungated = 0;
  parsers.forEach((p, i) => {
    const gate = gates[p.constructor.name];
    if (!gate) ungated |= 1 << i;
    else if (gate instanceof RegExp) always.set(gate, (always.get(gate) ?? 0) | (1 << i));
    else withDigit.set(gate.withDigit, (withDigit.get(gate.withDigit) ?? 0) | (1 << i));
  });
  const tests = [...always.keys()];
  const bitsOf = [...always.values()];
  const digitTests = [...withDigit.keys()];
  const digitBitsOf = [...withDigit.values()];
  const byMask = new Map<number, chrono.Chrono>();
  return (sentence, reference) => {
    let mask = ungated;
    for (let k = 0; k < tests.length; k++) if (tests[k].test(sentence)) mask |= bitsOf[k];
    if (DIGIT.test(sentence)) for (let k = 0; k < digitTests.length; k++) if (digitTests[k].test(sentence)) mask |= digitBitsOf[k];
    let parser = byMask.get(mask);
    if (!parser) {
      parser = new chrono.Chrono({ parsers: parsers.filter((_, i) => mask & (1 << i)), refiners: base.refiners });
      byMask.set(mask, parser);
    }
    return parser.parse(sentence, reference);
  };
}

const plain = (parser: chrono.Chrono): DateParser => (sentence, reference) => parser.parse(sentence, reference);

const PARSERS: Readonly<Record<string, DateParser>> = {
  en: gated(englishDateParser, ENGLISH_GATES), id: gated(indonesianDateParser, INDONESIAN_GATES),
  de: plain(chrono.de.casual), fr: plain(chrono.fr.casual), ru: plain(chrono.ru.casual),
  uk: plain(chrono.uk.casual), es: plain(chrono.es.casual), it: plain(chrono.it.casual),
  pt: plain(chrono.pt.casual), nl: plain(chrono.nl.casual), sv: plain(chrono.sv.casual), fi: plain(chrono.fi.casual),
  ja: plain(chrono.ja.casual), zh: plain(chrono.zh.casual), vi: plain(chrono.vi.casual),
  und: plain(chrono.en.casual),
};
/** Other languages: only formal dates (2022-11-09, 9 November 2022), no casual English words. */
const FALLBACK_PARSER = plain(chrono.en.strict);

export function dateParserFor(language: string): DateParser {
  return PARSERS[language] ?? FALLBACK_PARSER;
}
