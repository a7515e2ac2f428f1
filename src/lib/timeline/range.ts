/** Date ranges as the filter edits them: open ends, date inputs, widening to hidden excerpts. */
import type { DateRange } from '../index/index';
import { isIsoDay } from '../days/index.ts';
import type { DayCount } from './axis.ts';

/** True when the range restricts anything (at least one end set). */
export function isRangeSet(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** Mentions on the histogram's days that fall inside the range (open ends allowed). */
export function countInRange(histogram: readonly DayCount[], range: DateRange): number {
  // YYYY-MM-DD strings order like the dates they name, so string comparison is enough here.
  let total = 0;
  for (const { day, count } of histogram) {
    if ((range.from === undefined || day >= range.from) && (range.to === undefined || day <= range.to)) total += count;
  }
  return total;
}

/** A date input's value as a range end: a real YYYY-MM-DD date, or undefined (= open end) for
 *  anything else, including the empty string of a cleared input. */
export function parseDayInput(value: string): string | undefined {
  const day = value.trim();
  return isIsoDay(day) ? day : undefined;
}

/**
 * Apply one edited end to a range. When the edit would put `from` after `to`, the other end
 * follows it (a one-day range) instead of leaving a range that matches nothing.
 */
export function editRange(range: DateRange, end: 'from' | 'to', value: string | undefined): DateRange {
  const next: DateRange = { ...range, [end]: value };
  if (value === undefined) delete next[end];
  if (next.from !== undefined && next.to !== undefined && next.from > next.to) {
    if (end === 'from') next.to = next.from;
    else next.from = next.to;
  }
  return next;
}

/**
 * The smallest range that holds both `range` and `extra` (the span of excerpts the filter hides).
 * An open end stays open: it already holds everything on its side.
 */
export function widenRange(range: DateRange, extra: DateRange): DateRange {
  const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : undefined);
  const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : undefined);
  return { from: earlier(range.from, extra.from), to: later(range.to, extra.to) };
}
