import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, dayString, formatYmd, isIsoDay, weekdayOf } from '../../src/lib/days/index.ts';

describe('calendar', () => {
  it('formats only real days', () => {
    expect(formatYmd({ year: 2022, month: 11, day: 9 })).toBe('2022-11-09');
    expect(formatYmd({ year: 2022, month: 2, day: 30 })).toBeUndefined();
    expect(formatYmd({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
  });

  it('formats like Date#toISOString, for any year from 1 to 9999', () => {
    for (let n = -719162; n < 2932897; n += 997) { // 0001-01-01 .. 9999-12-31, every 997th day
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayString(n)).toBe(iso);
      const year = Number(iso.slice(0, 4));
      // (Date.UTC reads years 0-99 as 1900-1999, so formatYmd has always refused them.)
      if (year >= 100) expect(formatYmd({ year, month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) })).toBe(iso);
    }
  });

  it('adds days across months and years', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });

  it('reads only real days, and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayString(19305)).toBe('2022-11-09');
    expect(dayNumber('2022-11-09')).toBe(19305);
    for (const bad of ['2022-02-30', '2022-13-01', '2022-00-10', '0050-01-01', '2022-1-1', 'abc', '']) {
      expect(dayNumber(bad)).toBeUndefined();
      expect(isIsoDay(bad)).toBe(false);
    }
    expect(isIsoDay('2024-02-29')).toBe(true);
  });

  it('counts days between two days', () => {
    expect(daysBetween('2022-11-09', '2022-11-12')).toBe(3);
    expect(daysBetween('2023-01-01', '2022-12-31')).toBe(-1);
  });

  it('weekday: 2022-11-11 was a Friday', () => {
    expect(weekdayOf('2022-11-11')).toBe(5);
    expect(weekdayOf('2022-11-13')).toBe(0);
  });
});
