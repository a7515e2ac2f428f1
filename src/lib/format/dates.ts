/** Days and date ranges as the page shows them, through Intl (no hand-rolled month names). */
import { dayNumber, utcDate } from '../days/index.ts';

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function dateOf(iso: string): Date {
  const day = dayNumber(iso);
  if (day === undefined) throw new Error(`format: "${iso}" is not a real YYYY-MM-DD date`);
  return utcDate(day);
}

/** "9 Nov 2022" for a YYYY-MM-DD day, or "9 Nov" without the year (axis labels). */
export function formatDay(iso: string, withYear = true): string {
  return (withYear ? DAY_MONTH_YEAR : DAY_MONTH).format(dateOf(iso));
}

/**
 * A span of days in Intl's range style, the one style the page uses everywhere: "3 – 15 Nov 2022",
 * "28 Oct – 15 Nov 2022", "28 Dec 2022 – 2 Jan 2023", and "9 Nov 2022" for one day.
 */
export function formatDaySpan(from: string, to: string): string {
  return DAY_MONTH_YEAR.formatRange(dateOf(from), dateOf(to));
}

/** A date filter in words: a span, "from 3 Nov 2022", "until 15 Nov 2022" or "all dates". */
export function formatRange(range: { from?: string; to?: string }): string {
  const { from, to } = range;
  if (from && to) return formatDaySpan(from, to);
  if (from) return `from ${formatDay(from)}`;
  if (to) return `until ${formatDay(to)}`;
  return 'all dates';
}
