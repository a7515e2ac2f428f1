import { describe, expect, it } from 'vitest';
import { inferYear, weekdayAfter, weekdayOnOrBefore } from '../../src/lib/dates/index.ts';

describe('days relative to publication', () => {
  it('weekdays: 2022-11-11 was a Friday', () => {
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
