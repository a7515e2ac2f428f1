import { describe, expect, it } from 'vitest';
import {
  barReadout, barRect, binAt, binSelected, brushRange, brushReadout, buildAxis, chooseTicks, countInRange, dayIndexAt, editRange,
  histogramSummary, isRangeSet, parseDayInput, rangeIndices, spansYears, tickLabel, widenRange,
} from '../../src/lib/timeline/index';
import { buildIndex } from '../../src/lib/index/index';
import { syntheticDataset } from '../support/synthetic';
import { dayNumber, dayString } from '../../src/lib/days/index';

// The seed corpus's shape: five articles between 3 and 15 Nov 2022, with gaps.
const seedLike = [
  { day: '2022-11-03', count: 7 },
  { day: '2022-11-09', count: 12 },
  { day: '2022-11-11', count: 9 },
  { day: '2022-11-12', count: 10 },
  { day: '2022-11-15', count: 4 },
];
const seedExtent = { from: '2022-11-03', to: '2022-11-15' };

describe('buildAxis', () => {
  it('has one bar per day of the extent, zero days included', () => {
    const axis = buildAxis(seedLike, seedExtent)!;
    expect(axis.days).toBe(13);
    expect(axis.daysPerBin).toBe(1);
    expect(axis.bins.map((b) => b.from)).toEqual(
      Array.from({ length: 13 }, (_, i) => `2022-11-${String(3 + i).padStart(2, '0')}`),
    );
    expect(axis.bins.every((b) => b.from === b.to && b.days === 1)).toBe(true);
    const byDay = new Map(axis.bins.map((b) => [b.from, b.count]));
    for (const h of seedLike) expect(byDay.get(h.day)).toBe(h.count);
    expect(axis.bins.filter((b) => b.count === 0)).toHaveLength(13 - seedLike.length);
    expect(axis.maxCount).toBe(12);
  });

  it('crosses month and year ends without skipping or repeating a day', () => {
    const axis = buildAxis([{ day: '2024-02-28', count: 1 }, { day: '2025-01-02', count: 2 }], {})!;
    expect(axis.days).toBe(dayNumber('2025-01-02')! - dayNumber('2024-02-28')! + 1);
    expect(axis.bins[1].from).toBe('2024-02-29'); // leap day
    expect(axis.bins[2].from).toBe('2024-03-01');
    const days = axis.bins.map((b) => b.from);
    expect(new Set(days).size).toBe(days.length);
    expect(days.at(-1)).toBe('2025-01-02');
  });

  it('widens the axis to a histogram day outside the extent instead of dropping it', () => {
    const axis = buildAxis(seedLike, { from: '2022-11-05', to: '2022-11-10' })!;
    expect(axis.bins[0].from).toBe('2022-11-03');
    expect(axis.bins.at(-1)!.to).toBe('2022-11-15');
  });

  it('uses the extent alone when there are no mentions, and is null with nothing at all', () => {
    const axis = buildAxis([], { from: '2022-11-01', to: '2022-11-02' })!;
    expect(axis.bins.map((b) => b.count)).toEqual([0, 0]);
    expect(axis.maxCount).toBe(1);
    expect(buildAxis([], {})).toBeNull();
  });

  it('sums days into equal bars when the width has room for fewer bars than days', () => {
    const hist = [{ day: '2020-01-01', count: 1 }, { day: '2020-01-05', count: 2 }, { day: '2020-01-10', count: 3 }];
    const axis = buildAxis(hist, {}, 4)!; // 10 days, 4 bars → 3 days per bar, last bar 1 day
    expect(axis.daysPerBin).toBe(3);
    expect(axis.bins.map((b) => [b.from, b.to, b.days, b.count])).toEqual([
      ['2020-01-01', '2020-01-03', 3, 1],
      ['2020-01-04', '2020-01-06', 3, 2],
      ['2020-01-07', '2020-01-09', 3, 0],
      ['2020-01-10', '2020-01-10', 1, 3],
    ]);
  });

  it('names the bad value when a day is not a real date', () => {
    expect(() => buildAxis([{ day: '2022-02-30', count: 1 }], {})).toThrow(/histogram\[0\]\.day "2022-02-30"/);
    expect(() => buildAxis([], { from: '2022-11-10', to: '2022-11-01' })).toThrow(/after extent.to/);
  });

  it('keeps every mention of a real index histogram, in the right day', () => {
    const ds = syntheticDataset({ mentions: 3000, days: 90, seed: 7 });
    const index = buildIndex(ds);
    for (const basis of ['published', 'event'] as const) {
      const hist = index.histogram(basis);
      const axis = buildAxis(hist, index.extent(basis))!;
      const total = hist.reduce((n, h) => n + h.count, 0);
      expect(axis.bins.reduce((n, b) => n + b.count, 0)).toBe(total);
      expect(axis.bins[0].from).toBe(index.extent(basis).from);
      expect(axis.bins.at(-1)!.to).toBe(index.extent(basis).to);
      const binned = buildAxis(hist, index.extent(basis), 17)!;
      expect(binned.bins.length).toBeLessThanOrEqual(17);
      expect(binned.bins.reduce((n, b) => n + b.count, 0)).toBe(total);
    }
  });
});

describe('brushing: pixel → day', () => {
  const axis = buildAxis(seedLike, seedExtent)!; // 13 days

  it('maps each pixel to the day whose slot holds it, clamping past the ends', () => {
    const width = 130; // 10 px per day
    expect(dayIndexAt(0, width, 13)).toBe(0);
    expect(dayIndexAt(9.99, width, 13)).toBe(0);
    expect(dayIndexAt(10, width, 13)).toBe(1);
    expect(dayIndexAt(129.9, width, 13)).toBe(12);
    expect(dayIndexAt(130, width, 13)).toBe(12);
    expect(dayIndexAt(-40, width, 13)).toBe(0);
    expect(dayIndexAt(1e6, width, 13)).toBe(12);
    expect(dayIndexAt(5, 0, 13)).toBe(0);
  });

  it('turns a drag in either direction into an ordered range, a click into one day', () => {
    expect(brushRange(axis, 8, 2)).toEqual({ from: '2022-11-05', to: '2022-11-11' });
    expect(brushRange(axis, 2, 8)).toEqual({ from: '2022-11-05', to: '2022-11-11' });
    expect(brushRange(axis, 6, 6)).toEqual({ from: '2022-11-09', to: '2022-11-09' });
    expect(brushRange(axis, -3, 99)).toEqual(seedExtent);
  });

  it('round-trips: the day at the centre of a bar is that bar', () => {
    const width = 347;
    for (let i = 0; i < axis.days; i++) {
      const x = ((i + 0.5) * width) / axis.days;
      expect(dayIndexAt(x, width, axis.days)).toBe(i);
    }
  });
});

describe('rangeIndices (clamping a range to the axis)', () => {
  const axis = buildAxis(seedLike, seedExtent)!;
  it('open ends reach the axis ends', () => {
    expect(rangeIndices(axis, {})).toEqual([0, 12]);
    expect(rangeIndices(axis, { from: '2022-11-09' })).toEqual([6, 12]);
    expect(rangeIndices(axis, { to: '2022-11-09' })).toEqual([0, 6]);
  });
  it('clamps ends outside the axis, and is null for a range off the axis or inverted', () => {
    expect(rangeIndices(axis, { from: '2022-10-01', to: '2022-11-04' })).toEqual([0, 1]);
    expect(rangeIndices(axis, { from: '2022-11-14', to: '2023-01-01' })).toEqual([11, 12]);
    expect(rangeIndices(axis, { from: '2022-12-01' })).toBeNull();
    expect(rangeIndices(axis, { to: '2022-11-02' })).toBeNull();
    expect(rangeIndices(axis, { from: '2022-11-10', to: '2022-11-09' })).toBeNull();
  });
  it('treats an invalid end as open', () => {
    expect(rangeIndices(axis, { from: 'nonsense', to: '2022-11-04' })).toEqual([0, 1]);
  });
});

describe('ticks', () => {
  it('labels every day when there is room, keeping clear of the end labels', () => {
    const axis = buildAxis(seedLike, seedExtent)!;
    const ticks = chooseTicks(axis, 13 * 80, 56);
    expect(ticks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('puts weekly ticks on Mondays when days are narrow', () => {
    const axis = buildAxis([], { from: '2022-11-01', to: '2022-12-31' })!; // 61 days
    const ticks = chooseTicks(axis, 600, 56); // ~9.8 px/day → 7-day step
    expect(ticks.length).toBeGreaterThan(3);
    for (const i of ticks) expect(new Date(`${dayString(axis.first + i)}T00:00:00Z`).getUTCDay()).toBe(1);
    for (let k = 1; k < ticks.length; k++) expect(ticks[k] - ticks[k - 1]).toBe(7);
  });

  it('puts ticks on the 1st of months over a long axis, at least the minimum gap apart', () => {
    const axis = buildAxis([], { from: '2021-03-15', to: '2023-03-14' })!;
    const width = 800;
    const ticks = chooseTicks(axis, width, 56);
    expect(ticks.length).toBeGreaterThan(3);
    const px = (i: number) => ((i + 0.5) * width) / axis.days;
    for (const i of ticks) expect(dayString(axis.first + i).endsWith('-01')).toBe(true);
    for (let k = 1; k < ticks.length; k++) expect(px(ticks[k]) - px(ticks[k - 1])).toBeGreaterThanOrEqual(56);
    expect(px(ticks[0])).toBeGreaterThanOrEqual(70);
    expect(width - px(ticks.at(-1)!)).toBeGreaterThanOrEqual(70);
  });

  it('gives none for a one-day axis or no width', () => {
    expect(chooseTicks({ first: 0, days: 1 }, 500)).toEqual([]);
    expect(chooseTicks({ first: 0, days: 30 }, 0)).toEqual([]);
  });
});

describe('date inputs and ranges', () => {
  it('reads an empty or invalid input as an open end', () => {
    expect(parseDayInput('2022-11-09')).toBe('2022-11-09');
    expect(parseDayInput('')).toBeUndefined();
    expect(parseDayInput('2022-02-30')).toBeUndefined();
    expect(parseDayInput('9 Nov')).toBeUndefined();
  });

  it('edits one end, and moves the other end along rather than inverting the range', () => {
    expect(editRange({ to: '2022-11-12' }, 'from', '2022-11-09')).toEqual({ from: '2022-11-09', to: '2022-11-12' });
    expect(editRange({ from: '2022-11-09', to: '2022-11-12' }, 'from', '2022-11-14')).toEqual({ from: '2022-11-14', to: '2022-11-14' });
    expect(editRange({ from: '2022-11-09', to: '2022-11-12' }, 'to', '2022-11-01')).toEqual({ from: '2022-11-01', to: '2022-11-01' });
    const opened = editRange({ from: '2022-11-09', to: '2022-11-12' }, 'to', undefined);
    expect(opened).toEqual({ from: '2022-11-09' });
    expect('to' in opened).toBe(false);
  });

  it('knows when a range is set and counts the mentions inside it', () => {
    expect(isRangeSet({})).toBe(false);
    expect(isRangeSet({ to: '2022-11-09' })).toBe(true);
    expect(countInRange(seedLike, {})).toBe(42);
    expect(countInRange(seedLike, { from: '2022-11-09', to: '2022-11-11' })).toBe(21);
    expect(countInRange(seedLike, { from: '2022-11-12' })).toBe(14);
  });
});

/** Intl's range style puts thin spaces around the dash: "3 – 15 Nov 2022". */
const DASH = '\u2009–\u2009';

describe('labels', () => {
  it('summarises the histogram for screen readers, in the page\'s one range style', () => {
    const axis = buildAxis(seedLike, seedExtent)!;
    expect(histogramSummary(seedLike, axis, {})).toBe(`Mentions per day, 3${DASH}15 Nov 2022; 42 in range`);
    expect(histogramSummary(seedLike, axis, { from: '2022-11-12' })).toBe(`Mentions per day, 3${DASH}15 Nov 2022; 14 in range`);
  });

  it('reads out the brush and the bar under the pointer', () => {
    const axis = buildAxis(seedLike, seedExtent)!;
    expect(brushReadout(axis, 4, 2)).toBe(`Select 5${DASH}7 Nov 2022`);
    expect(brushReadout(axis, 6, 6)).toBe('Select 9 Nov 2022');
    expect(barReadout(binAt(axis, 6))).toBe('9 Nov 2022: 12 mentions');
    expect(barReadout({ from: '2022-11-04', to: '2022-11-04', count: 1 })).toBe('4 Nov 2022: 1 mention');
    expect(barReadout({ from: '2022-10-30', to: '2022-11-05', count: 1234 })).toBe(`30 Oct${DASH}5 Nov 2022: 1,234 mentions`);
  });

  it('labels ticks with the year only on 1 January of a multi-year axis', () => {
    expect(tickLabel('2022-11-03', false)).toBe('3 Nov');
    expect(tickLabel('2023-01-01', false)).toBe('1 Jan');
    expect(tickLabel('2023-01-01', true)).toBe('1 Jan 2023');
    expect(tickLabel('2023-03-01', true)).toBe('1 Mar');
    expect(spansYears(buildAxis(seedLike, seedExtent)!)).toBe(false);
    expect(spansYears(buildAxis([], { from: '2022-12-30', to: '2023-01-02' })!)).toBe(true);
  });

  it('marks the bars that overlap the selection', () => {
    expect(binSelected({ offset: 3, days: 2 }, [4, 9])).toBe(true);
    expect(binSelected({ offset: 3, days: 1 }, [4, 9])).toBe(false);
    expect(binSelected({ offset: 10, days: 7 }, [4, 9])).toBe(false);
    expect(binSelected({ offset: 3, days: 2 }, null)).toBe(false);
  });
});

describe('widenRange', () => {
  it('is the smallest range holding the current one and the hidden excerpts', () => {
    expect(widenRange({ from: '2022-11-09', to: '2022-11-10' }, { from: '2022-11-03', to: '2022-11-05' })).toEqual({ from: '2022-11-03', to: '2022-11-10' });
    expect(widenRange({ from: '2022-11-09', to: '2022-11-10' }, { from: '2022-11-12', to: '2022-11-15' })).toEqual({ from: '2022-11-09', to: '2022-11-15' });
  });

  it('keeps an open end open', () => {
    expect(widenRange({ to: '2022-11-05' }, { from: '2022-11-09', to: '2022-11-15' })).toEqual({ from: undefined, to: '2022-11-15' });
    expect(widenRange({ from: '2022-11-09' }, { from: '2022-11-03', to: '2022-11-04' })).toEqual({ from: '2022-11-03', to: undefined });
  });
});

describe('barRect', () => {
  const plot = { baseline: 52, maxHeight: 38 };
  it('scales height by count, with a floor of 2 px, standing on the baseline', () => {
    expect(barRect({ offset: 2, days: 1, count: 10 }, 10, 20, plot)).toEqual({ x: 40.5, y: 14, width: 19, height: 38 });
    expect(barRect({ offset: 0, days: 1, count: 1 }, 1000, 20, plot)).toEqual({ x: 0.5, y: 50, width: 19, height: 2 });
  });
  it('leaves no gap between bars 4 px wide or less', () => {
    expect(barRect({ offset: 3, days: 2, count: 5 }, 10, 2, plot)).toEqual({ x: 6, y: 33, width: 4, height: 19 });
  });
});
