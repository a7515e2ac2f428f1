/** How news writes days relative to its publication date: bare weekdays and days without a year. */
import { addDays, daysBetween, formatYmd, parseYmd, weekdayOf } from '../days/index.ts';

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
  let best: { year: number; distance: number } | undefined;
  for (const year of [pubYear, pubYear - 1, pubYear + 1]) {
    const iso = formatYmd({ year, month, day });
    if (!iso) continue;
    const diff = daysBetween(published, iso);
    if (diff < -305 || diff > 60) continue;
    if (!best || Math.abs(diff) < best.distance) best = { year, distance: Math.abs(diff) };
  }
  return best?.year;
}
