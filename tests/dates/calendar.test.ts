import { describe, expect, it } from 'vitest';
import { addDays, formatYmd, fromDayNumber, inferYear, weekdayAfter, weekdayOf, weekdayOnOrBefore } from '../../src/lib/dates/calendar.ts';

describe('calendar', () => {
  it('formats only real days', () => {
    expect(formatYmd({ year: 2022, month: 11, day: 9 })).toBe('2022-11-09');
    expect(formatYmd({ year: 2022, month: 2, day: 30 })).toBeUndefined();
    expect(formatYmd({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
  });

  it('formats like Date#toISOString, for any year from 1 to 9999', () => {
    for (let n = -719162; n < 2932897; n += 997) { // 0001-01-01 .. 9999-12-31, every 997th day
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      const year = Number(iso.slice(0, 4));
      // (Date.UTC reads years 0-99 as 1900-1999, so formatYmd has always refused them.)
      if (year >= 100) expect(formatYmd({ year, month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) })).toBe(iso);
    }
  });

  it('adds days across months and years', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });

  it('weekdays: 2022-11-11 was a Friday', () => {
    expect(weekdayOf('2022-11-11')).toBe(5);
    expect(weekdayOnOrBefore('2022-11-11', 5)).toBe('2022-11-11');
    expect(weekdayOnOrBefore('2022-11-11', 5, true)).toBe('2022-11-04');
    expect(weekdayOnOrBefore('2022-11-12', 0)).toBe('2022-11-06');
    expect(weekdayAfter('2022-11-11', 5)).toBe('2022-11-18');
    expect(weekdayAfter('2022-11-11', 1)).toBe('2022-11-14');
  });

  it('infers the year of a day and month near publication', () => {
    expect(inferYear(2, 24, '2022-11-09')).toBe(2022);
    expect(inferYear(11, 28, '2022-11-12')).toBe(2022);
    expect(inferYear(1, 3, '2022-12-20')).toBe(2023);
    expect(inferYear(12, 30, '2023-01-05')).toBe(2022);
    expect(inferYear(2, 29, '2022-11-09')).toBeUndefined();
  });
});
