/**
 * Checks and normalises an article's declared metadata (front matter or HTML meta tags).
 * Every value that cannot be used is dropped with a warning that says what was wrong and what the
 * pipeline did instead; the article itself is always kept.
 */
import { z } from 'zod';
import { isoDate } from '../dataset.ts';
import { isIsoDay } from '../days/index.ts';
import { normalizeLanguageTag } from './language.ts';

export type Precision = 'day' | 'estimate';

// YYYY-MM-DD, optionally followed by a time (T or space) with optional seconds, fraction and zone.
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/i;

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The field rules as zod schemas; the functions below turn their failures into warnings. */
const publishedSchema = z.string().trim().regex(ISO_DATE_TIME).transform((v) => v.slice(0, 10));
const precisionSchema = z.string().trim().toLowerCase().pipe(z.enum(['day', 'estimate']));
const httpUrlSchema = z.url({ protocol: /^https?$/ });
const anyUrlSchema = z.url();

/**
 * `published` -> YYYY-MM-DD. For a date-time the calendar date is taken as written (the publisher's
 * local date), not converted to UTC: "2022-11-11T23:30-05:00" was published on the 11th there.
 */
export function normalizePublished(value: string): { date: string } | { warning: string } {
  // Nearly every file gives a plain, real YYYY-MM-DD, which both schemas below accept unchanged:
  // answered without them (a few microseconds of zod per article).
  if (PLAIN_DAY.test(value) && isIsoDay(value)) return { date: value };
  const parsed = publishedSchema.safeParse(value);
  if (!parsed.success) {
    return { warning: `published '${value}' is not YYYY-MM-DD or an ISO date-time; article kept as undated` };
  }
  const date = parsed.data;
  if (!isoDate.safeParse(date).success) {
    return { warning: `invalid published date '${value}' (${date} is not a real calendar date); article kept as undated` };
  }
  return { date };
}

export function normalizePrecision(value: string): { precision: Precision } | { warning: string } {
  const parsed = precisionSchema.safeParse(value);
  if (parsed.success) return { precision: parsed.data };
  return { warning: `published_precision '${value}' is not 'day' or 'estimate'; ignored` };
}

/** Only http(s) URLs are links a reader can safely follow from the app. */
export function normalizeUrl(value: string): { url: string } | { warning: string } {
  const url = value.trim();
  if (httpUrlSchema.safeParse(url).success) return { url: new URL(url).href };
  if (anyUrlSchema.safeParse(url).success) return { warning: `url '${value}' dropped (only http and https URLs are kept)` };
  return { warning: `url '${value}' is not an absolute URL; dropped` };
}

export function normalizeLanguage(value: string): { language: string } | { warning: string } {
  const language = normalizeLanguageTag(value);
  if (language) return { language };
  return { warning: `language '${value}' is not an ISO 639-1 code; detected from the text instead` };
}

const MAX_TITLE_CHARS = 100;

/** A title from a line of text: whitespace collapsed, cut at a word boundary with an ellipsis. */
export function titleFromLine(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
