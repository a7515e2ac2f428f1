export {
  type DayCount, type TimelineAxis, type TimelineBin, barRect, binAt, binSelected, brushRange, buildAxis, dayIndexAt,
  rangeIndices, spansYears,
} from './axis.ts';
export { countInRange, editRange, isRangeSet, parseDayInput, widenRange } from './range.ts';
export { chooseTicks, tickDay, tickLabel } from './ticks.ts';
export { barReadout, brushReadout, histogramSummary } from './text.ts';
