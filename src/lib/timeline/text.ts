/** What the timeline says in words: its accessible summary and the readout above the bars. */
import type { DateRange } from '../index/index';
import { dayString } from '../days/index.ts';
import { formatDaySpan, plural } from '../format/index.ts';
import { brushRange, type DayCount, type TimelineAxis, type TimelineBin } from './axis.ts';
import { countInRange } from './range.ts';

/** The histogram's accessible summary: "Mentions per day, 3 – 15 Nov 2022; 42 in range". */
export function histogramSummary(histogram: readonly DayCount[], axis: Pick<TimelineAxis, 'first' | 'days'>, range: DateRange): string {
  const span = formatDaySpan(dayString(axis.first), dayString(axis.first + axis.days - 1));
  return `Mentions per day, ${span}; ${countInRange(histogram, range)} in range`;
}

/** While brushing from day index `start` to `end`: "Select 3 – 5 Nov 2022". */
export function brushReadout(axis: Pick<TimelineAxis, 'first' | 'days'>, start: number, end: number): string {
  const range = brushRange(axis, start, end);
  return `Select ${formatDaySpan(range.from, range.to)}`;
}

/** Under the pointer: "9 Nov 2022: 3 mentions" (a bar of several days gives its span). */
export function barReadout(bin: Pick<TimelineBin, 'from' | 'to' | 'count'>): string {
  return `${formatDaySpan(bin.from, bin.to)}: ${plural(bin.count, 'mention')}`;
}
