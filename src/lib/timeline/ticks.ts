/** Where the timeline's axis gets labelled ticks, and what they say. */
import { dayString, monthStart, ymdOfDay } from '../days/index.ts';
import { formatDay } from '../format/index.ts';
import type { TimelineAxis } from './axis.ts';

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
  const start = ymdOfDay(first);
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    if (months * 28 * pxPerDay < minGapPx) continue;
    const ticks: number[] = [];
    let year = start.year;
    let month = start.month; // 1-12
    for (;;) {
      const index = monthStart(year, month) - first;
      if (index >= days) break;
      const aligned = months < 12 ? (month - 1) % months === 0 : month === 1 && year % (months / 12) === 0;
      if (index >= 0 && aligned && keep(index)) ticks.push(index);
      month++;
      if (month === 13) { month = 1; year++; }
    }
    return ticks;
  }
  return [];
}

/** A tick's label: "3 Nov"; across years, 1 January carries its year so "1 Mar" is not ambiguous. */
export function tickLabel(day: string, multiYear: boolean): string {
  return formatDay(day, multiYear && day.endsWith('-01-01'));
}

/** The label of the axis index `index`. */
export const tickDay = (axis: Pick<TimelineAxis, 'first'>, index: number): string => dayString(axis.first + index);
