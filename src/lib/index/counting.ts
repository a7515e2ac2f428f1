/**
 * Counting by date: the dated mentions of each basis sorted by day (Int32Array) with their place
 * alongside (Uint32Array), so a range is two binary searches plus one tight loop over the mentions
 * inside it; undated mentions are pre-counted per place.
 */
import { dayNumber } from './days';
import { UNDATED, type DateRange } from './types';

export interface SortedDays { days: Int32Array; places: Uint32Array }

export function checkedDay(iso: string, where: string): number {
  const d = dayNumber(iso);
  if (d === undefined) throw new Error(`dataset: ${where} "${iso}" is not a real YYYY-MM-DD date`);
  return d;
}

/** [from, to] as day numbers, open ends as ±Infinity. */
export function queryDays(range: DateRange): [number, number] {
  // '' is what a cleared <input type="date"> gives: an open end, like undefined.
  const from = range.from === undefined || range.from === '' ? -Infinity : dayNumber(range.from);
  const to = range.to === undefined || range.to === '' ? Infinity : dayNumber(range.to);
  if (from === undefined) throw new Error(`query: "from" date "${range.from}" is not a real YYYY-MM-DD date`);
  if (to === undefined) throw new Error(`query: "to" date "${range.to}" is not a real YYYY-MM-DD date`);
  return [from, to];
}

/** Index bounds [lo, hi) of the sorted days inside the range. */
export function rangeBounds(days: Int32Array, range: DateRange): [number, number] {
  const [from, to] = queryDays(range);
  if (from > to) return [0, 0];
  return [lowerBound(days, from), lowerBound(days, to + 1)];
}

/** First position whose day is >= target. */
function lowerBound(days: Int32Array, target: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions per place in the range (plus the undated ones when asked), into `out`. */
export function countInRange(sorted: SortedDays, range: DateRange, undatedPerPlace: Uint32Array | undefined, out: Uint32Array): void {
  out.fill(0);
  const { days, places } = sorted;
  const [lo, hi] = rangeBounds(days, range);
  for (let i = lo; i < hi; i++) out[places[i]]++;
  if (undatedPerPlace) for (let p = 0; p < out.length; p++) out[p] += undatedPerPlace[p];
}

/** Runs of equal days in sorted order: the timeline's histogram. */
export function dayRuns(days: Int32Array): { day: number; count: number }[] {
  const runs: { day: number; count: number }[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i + 1;
    while (j < days.length && days[j] === days[i]) j++;
    runs.push({ day: days[i], count: j - i });
    i = j;
  }
  return runs;
}

/** The dated mentions sorted by day (stable), with their places alongside. A counting sort: linear
 *  in mentions plus days spanned, and a corpus spans few days compared with its mention count. */
export function sortByDay(day: Int32Array, placeOf: Uint32Array): SortedDays {
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  for (let i = 0; i < day.length; i++) {
    const d = day[i];
    if (d === UNDATED) continue;
    dated++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const days = new Int32Array(dated);
  const places = new Uint32Array(dated);
  if (dated === 0) return { days, places };
  const next = new Uint32Array(max - min + 2);
  for (let i = 0; i < day.length; i++) if (day[i] !== UNDATED) next[day[i] - min + 1]++;
  for (let k = 1; k < next.length; k++) next[k] += next[k - 1];
  for (let i = 0; i < day.length; i++) {
    const d = day[i];
    if (d === UNDATED) continue;
    const at = next[d - min]++;
    days[at] = d;
    places[at] = placeOf[i];
  }
  return { days, places };
}
