/**
 * Calendar days, the one home for day arithmetic in Placeline. A day is either a YYYY-MM-DD string
 * (what the dataset, the URL and the date inputs hold) or a day number, days since 1970-01-01 UTC
 * (what the index and the timeline compute with: integer keys compare, sort and binary-search in
 * typed arrays at 4 bytes each). Everything is UTC, so the host's time zone can never shift a date.
 */

export interface Ymd { year: number; month: number; day: number }

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a YYYY-MM-DD string, read as written (no validation). */
export function parseYmd(iso: string): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Day number of a year, month and day that exist (Date.UTC rolls Feb 30 over to March). */
function dayNumberOfYmd({ year, month, day }: Ymd): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Whether the day exists: Feb 30, day 0 and month 13 do not. Date.UTC also maps years 0–99 to
 *  1900–1999, which this check rejects too. */
function exists({ year, month, day }: Ymd): boolean {
  if (year < 1 || year > 9999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YYYY-MM-DD, or undefined when the day does not exist (Feb 30, day 0, month 13). */
export function formatYmd(ymd: Ymd): string | undefined {
  return exists(ymd) ? pad(ymd) : undefined;
}

/** Zero-padded YYYY-MM-DD of a valid day (what toISOString().slice(0, 10) gives, several times faster). */
function pad({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day number of a real calendar date YYYY-MM-DD, or undefined when the string is not one (2022-02-30, "abc"). */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return exists(ymd) ? dayNumberOfYmd(ymd) : undefined;
}

/** True when the string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDay(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/** Year, month (1–12) and day of a day number. */
export function ymdOfDay(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** YYYY-MM-DD of a day number. */
export function dayString(day: number): string {
  return pad(ymdOfDay(day));
}

/** Day number of the first day of a month; `month` may run past 12 into the following years. */
export function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
}

/** A JavaScript Date at midnight UTC of a day number (for Intl formatting). */
export function utcDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** Days from `from` to `to` (negative when `to` is earlier); both YYYY-MM-DD days that exist. */
export function daysBetween(from: string, to: string): number {
  return dayNumberOfYmd(parseYmd(to)) - dayNumberOfYmd(parseYmd(from));
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(iso: string, days: number): string {
  return dayString(dayNumberOfYmd(parseYmd(iso)) + days);
}

/** 0 = Sunday … 6 = Saturday (the numbering chrono-node and Date use). */
export function weekdayOf(iso: string): number {
  return utcDate(dayNumberOfYmd(parseYmd(iso))).getUTCDay();
}
