/** Day arithmetic on YYYY-MM-DD strings in UTC, so the host's time zone can never shift a date. */

export interface Ymd { year: number; month: number; day: number }

export function parseYmd(iso: string): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** YYYY-MM-DD, or undefined when the day does not exist (Feb 30, day 0, month 13). */
export function formatYmd({ year, month, day }: Ymd): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ymd(year, month, day);
}

/** Zero-padded YYYY-MM-DD of a valid day (what toISOString().slice(0, 10) gives, several times faster). */
function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const DAY_MS = 86_400_000;

export function toDayNumber(iso: string): number {
  const { year, month, day } = parseYmd(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday (the numbering chrono-node uses). */
export function weekdayOf(iso: string): number {
  return new Date(toDayNumber(iso) * DAY_MS).getUTCDay();
}

/**
 * The most recent `weekday` on or before `published` ("said on Friday" in a Saturday paper is the
 * day before); `strictlyBefore` for "last Friday" written on a Friday.
 */
export function weekdayOnOrBefore(published: string, weekday: number, strictlyBefore = false): string {
  let back = (weekdayOf(published) - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(published, -back);
}

/** The first `weekday` strictly after `published` ("next Monday"). */
export function weekdayAfter(published: string, weekday: number): string {
  const ahead = (weekday - weekdayOf(published) + 7) % 7 || 7;
  return addDays(published, ahead);
}

/**
 * Year for "November 9" / "February 24" written in an article published on `published`. News
 * mostly looks back and sometimes ahead a few weeks ("will meet on November 28"): take the
 * candidate year that puts the date within 305 days before or 60 days after publication, nearest
 * first. ("Since the offensive began on February 24", published 9 Nov 2022, is 2022, not 2023.)
 */
export function inferYear(month: number, day: number, published: string): number | undefined {
  const pubYear = parseYmd(published).year;
  const pub = toDayNumber(published);
  let best: { year: number; distance: number } | undefined;
  for (const year of [pubYear, pubYear - 1, pubYear + 1]) {
    const iso = formatYmd({ year, month, day });
    if (!iso) continue;
    const diff = toDayNumber(iso) - pub;
    if (diff < -305 || diff > 60) continue;
    if (!best || Math.abs(diff) < best.distance) best = { year, distance: Math.abs(diff) };
  }
  return best?.year;
}
