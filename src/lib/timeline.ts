/**
 * Pure logic behind the Timeline control (src/explore/Timeline.svelte): the day axis with its
 * zero days, bars binned to fit the pixel width, pointer x → day for brushing, tick choice, range
 * clamping and the text summary. No DOM, so it is unit-tested directly.
 *
 * Days are handled as day numbers (days since 1970-01-01 UTC, see index/days.ts) so the axis
 * arithmetic is integer arithmetic and no local time zone can shift a date.
 */
import type { DateRange } from './index/index';
import { dayNumber, dayString } from './index/days';

export interface DayCount { day: string; count: number }

/** One bar: `days` consecutive days starting `offset` days after the axis start. */
export interface Bin {
  offset: number;
  days: number;
  /** First and last day of the bar, YYYY-MM-DD. */
  from: string;
  to: string;
  count: number;
}

export interface TimelineAxis {
  /** Day number of the first day on the axis. */
  first: number;
  /** Number of days on the axis (≥ 1). */
  days: number;
  /** Days per bar: 1 unless the axis has more days than the width has room for bars. */
  daysPerBin: number;
  bins: Bin[];
  /** Largest bar count (≥ 1, so it can be used as a divisor). */
  maxCount: number;
}

function requireDay(iso: string, what: string): number {
  const d = dayNumber(iso);
  if (d === undefined) throw new Error(`timeline: ${what} "${iso}" is not a real YYYY-MM-DD date`);
  return d;
}

/**
 * The axis over the full extent, with a bar for every day including the days without mentions.
 * The axis spans the union of `extent` and the histogram's days (a histogram day outside the
 * extent is still drawn rather than silently dropped). When there are more days than `maxBars`,
 * consecutive days are summed into bars of equal length (the last one may be shorter) so a
 * multi-year corpus stays drawable. Returns null when there is no day at all.
 */
export function buildAxis(histogram: readonly DayCount[], extent: DateRange, maxBars = Infinity): TimelineAxis | null {
  let first = extent.from === undefined ? Infinity : requireDay(extent.from, 'extent.from');
  let last = extent.to === undefined ? -Infinity : requireDay(extent.to, 'extent.to');
  const dayNumbers = histogram.map((h, i) => requireDay(h.day, `histogram[${i}].day`));
  for (const d of dayNumbers) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  if (first === Infinity || last === -Infinity) return null;
  if (first > last) throw new Error(`timeline: extent.from ${extent.from} is after extent.to ${extent.to}`);
  const days = last - first + 1;
  const daysPerBin = Math.max(1, Math.ceil(days / Math.max(1, Math.floor(maxBars))));
  const binCount = Math.ceil(days / daysPerBin);
  const bins: Bin[] = new Array(binCount);
  for (let b = 0; b < binCount; b++) {
    const offset = b * daysPerBin;
    const span = Math.min(daysPerBin, days - offset);
    bins[b] = { offset, days: span, from: dayString(first + offset), to: dayString(first + offset + span - 1), count: 0 };
  }
  histogram.forEach((h, i) => {
    bins[Math.floor((dayNumbers[i] - first) / daysPerBin)].count += h.count;
  });
  const maxCount = bins.reduce((m, b) => Math.max(m, b.count), 1);
  return { first, days, daysPerBin, bins, maxCount };
}

/** Index (0 … days-1) of the day under pixel `x` on a plot `width` px wide; clamped to the axis,
 *  so a brush dragged past either end selects up to the first or last day. */
export function dayIndexAt(x: number, width: number, days: number): number {
  if (days <= 0) throw new Error('timeline: the axis has no days');
  if (!(width > 0) || Number.isNaN(x)) return 0;
  return Math.min(days - 1, Math.max(0, Math.floor((x / width) * days)));
}

/** The range a brush covers, from the day index where it started to where it ended (either order). */
export function brushRange(axis: Pick<TimelineAxis, 'first' | 'days'>, startIndex: number, endIndex: number): Required<DateRange> {
  const clamp = (i: number): number => Math.min(axis.days - 1, Math.max(0, Math.round(i)));
  const a = clamp(startIndex);
  const b = clamp(endIndex);
  return { from: dayString(axis.first + Math.min(a, b)), to: dayString(axis.first + Math.max(a, b)) };
}

/**
 * The part of a range that lies on the axis, as inclusive day indices [lo, hi]; open ends reach
 * the axis ends. Null when the range misses the axis entirely or is empty (from after to).
 * Invalid dates count as open ends, like an invalid date input.
 */
export function rangeIndices(axis: Pick<TimelineAxis, 'first' | 'days'>, range: DateRange): [number, number] | null {
  const from = range.from === undefined ? undefined : dayNumber(range.from);
  const to = range.to === undefined ? undefined : dayNumber(range.to);
  const lo = from === undefined ? 0 : from - axis.first;
  const hi = to === undefined ? axis.days - 1 : to - axis.first;
  if (lo > hi || hi < 0 || lo > axis.days - 1) return null;
  return [Math.max(0, lo), Math.min(axis.days - 1, hi)];
}

/** True when the range restricts anything (at least one end set). */
export function isRangeSet(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** Mentions on the histogram's days that fall inside the range (open ends allowed). */
export function countInRange(histogram: readonly DayCount[], range: DateRange): number {
  // YYYY-MM-DD strings order like the dates they name, so string comparison is enough here.
  let n = 0;
  for (const h of histogram) {
    if ((range.from === undefined || h.day >= range.from) && (range.to === undefined || h.day <= range.to)) n += h.count;
  }
  return n;
}

/** A date input's value as a range end: a real YYYY-MM-DD date, or undefined (= open end) for
 *  anything else, including the empty string of a cleared input. */
export function parseDayInput(value: string): string | undefined {
  const v = value.trim();
  return dayNumber(v) === undefined ? undefined : v;
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
 * Days (as axis indices) that get a labelled tick between the end labels. Picks the smallest
 * calendar step (1, 2, 3 days; weeks on Mondays; 2 weeks; 1, 2, 3, 6 months on the 1st; years
 * on 1 Jan) whose ticks are at least `minGapPx` apart, and drops ticks closer than 1.25 × `minGapPx`
 * to either end, where the first and last day are labelled.
 */
export function chooseTicks(axis: Pick<TimelineAxis, 'first' | 'days'>, width: number, minGapPx = 56): number[] {
  const { first, days } = axis;
  if (days < 2 || !(width > 0)) return [];
  const pxPerDay = width / days;
  const center = (i: number): number => (i + 0.5) * pxPerDay;
  // The end labels are anchored at the edges and can be wider than half a gap ("30 Sept 2022"):
  // keep ticks a little further from them than from each other.
  const endGap = minGapPx * 1.25;
  const keep = (i: number): boolean => center(i) >= endGap && width - center(i) >= endGap;

  for (const step of [1, 2, 3, 7, 14]) {
    if (step * pxPerDay < minGapPx) continue;
    const ticks: number[] = [];
    // Weekly steps sit on Mondays: day number 0 (1970-01-01) was a Thursday, so day 4 was a Monday.
    const start = step >= 7 ? (((4 - first) % 7) + 7) % 7 : step;
    for (let i = start; i < days; i += step) if (keep(i)) ticks.push(i);
    return ticks;
  }
  // Month steps: ticks on the 1st of every `months`-th month (Jan, Apr, Jul, Oct for 3).
  const startDate = new Date(first * 86_400_000);
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    if (months * 28 * pxPerDay < minGapPx) continue;
    const ticks: number[] = [];
    let y = startDate.getUTCFullYear();
    let m = startDate.getUTCMonth();
    for (;;) {
      const i = Date.UTC(y, m, 1) / 86_400_000 - first;
      if (i >= days) break;
      const aligned = months < 12 ? m % months === 0 : m === 0 && y % (months / 12) === 0;
      if (i >= 0 && aligned && keep(i)) ticks.push(i);
      m++;
      if (m === 12) { m = 0; y++; }
    }
    return ticks;
  }
  return [];
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Nov" (or "3 Nov 2022" with the year) for a YYYY-MM-DD day. */
export function formatDay(day: string, withYear = false): string {
  const d = requireDay(day, 'day');
  return (withYear ? dayMonthYear : dayMonth).format(new Date(d * 86_400_000));
}

/** "3 Nov – 15 Nov 2022"; "28 Dec 2022 – 2 Jan 2023" across a year; "3 Nov 2022" for one day. */
export function formatSpan(from: string, to: string): string {
  if (from === to) return formatDay(from, true);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatDay(from, !sameYear)} – ${formatDay(to, true)}`;
}

/** The histogram's accessible summary: "Mentions per day, 3 Nov – 15 Nov 2022; 42 in range". */
export function histogramSummary(histogram: readonly DayCount[], axis: Pick<TimelineAxis, 'first' | 'days'>, range: DateRange): string {
  const span = formatSpan(dayString(axis.first), dayString(axis.first + axis.days - 1));
  return `Mentions per day, ${span}; ${countInRange(histogram, range)} in range`;
}
