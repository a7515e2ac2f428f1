/**
 * The Timeline control's day axis (src/explore/Timeline.svelte): a bar for every day including the
 * days without mentions, bars binned to fit the pixel width, and pointer x → day for brushing.
 * Days are day numbers (see src/lib/days), so the axis arithmetic is integer arithmetic.
 */
import type { DateRange } from '../index/index';
import { dayNumber, dayString } from '../days/index.ts';

export interface DayCount { day: string; count: number }

/** One bar: `days` consecutive days starting `offset` days after the axis start. */
export interface TimelineBin {
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
  bins: TimelineBin[];
  /** Largest bar count (≥ 1, so it can be used as a divisor). */
  maxCount: number;
}

function requireDay(iso: string, what: string): number {
  const day = dayNumber(iso);
  if (day === undefined) throw new Error(`timeline: ${what} "${iso}" is not a real YYYY-MM-DD date`);
  return day;
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
  for (const day of dayNumbers) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (first === Infinity || last === -Infinity) return null;
  if (first > last) throw new Error(`timeline: extent.from ${extent.from} is after extent.to ${extent.to}`);
  const days = last - first + 1;
  const daysPerBin = Math.max(1, Math.ceil(days / Math.max(1, Math.floor(maxBars))));
  const binCount = Math.ceil(days / daysPerBin);
  const bins: TimelineBin[] = new Array(binCount);
  for (let bin = 0; bin < binCount; bin++) {
    const offset = bin * daysPerBin;
    const span = Math.min(daysPerBin, days - offset);
    bins[bin] = { offset, days: span, from: dayString(first + offset), to: dayString(first + offset + span - 1), count: 0 };
  }
  histogram.forEach((h, i) => {
    bins[Math.floor((dayNumbers[i] - first) / daysPerBin)].count += h.count;
  });
  const maxCount = bins.reduce((max, bin) => Math.max(max, bin.count), 1);
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
  const start = clamp(startIndex);
  const end = clamp(endIndex);
  return { from: dayString(axis.first + Math.min(start, end)), to: dayString(axis.first + Math.max(start, end)) };
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

/** The bar that holds the day at axis index `index`. */
export function binAt(axis: TimelineAxis, index: number): TimelineBin {
  return axis.bins[Math.floor(index / axis.daysPerBin)];
}

/** Whether a bar overlaps the selected day indices [lo, hi] (null: nothing selected). */
export function binSelected(bin: Pick<TimelineBin, 'offset' | 'days'>, selected: readonly [number, number] | null): boolean {
  return selected !== null && bin.offset <= selected[1] && bin.offset + bin.days - 1 >= selected[0];
}

/** Whether the axis crosses a new year (then its labels carry years). */
export function spansYears(axis: TimelineAxis): boolean {
  return axis.bins[0].from.slice(0, 4) !== axis.bins[axis.bins.length - 1].to.slice(0, 4);
}

/** A bar's rectangle in plot pixels: height by count (at least 2 px, so a single mention shows),
 *  standing on `baseline`; bars wider than 4 px keep a 1 px gap from their neighbours. */
export function barRect(
  bin: Pick<TimelineBin, 'offset' | 'days' | 'count'>, maxCount: number, pxPerDay: number, plot: { baseline: number; maxHeight: number },
): { x: number; y: number; width: number; height: number } {
  const width = bin.days * pxPerDay;
  const height = Math.max(2, (bin.count / maxCount) * plot.maxHeight);
  const gap = width > 4;
  return { x: bin.offset * pxPerDay + (gap ? 0.5 : 0), y: plot.baseline - height, width: gap ? width - 1 : width, height };
}
