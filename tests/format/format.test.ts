import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatDaySpan, formatRange, languageName, plural, pluralWord } from '../../src/lib/format/index';

/** Intl's range style puts thin spaces around the dash: "3 – 15 Nov 2022". */
const DASH = '\u2009–\u2009';

describe('days', () => {
  it('formats a day the en-GB way, with or without its year', () => {
    expect(formatDay('2022-11-03')).toBe('3 Nov 2022');
    expect(formatDay('2022-11-03', false)).toBe('3 Nov');
    expect(() => formatDay('2022-02-30')).toThrow(/not a real YYYY-MM-DD date/);
  });

  it('formats spans in one style: Intl formatRange, shared by the sidebar and the timeline', () => {
    expect(formatDaySpan('2022-11-03', '2022-11-15')).toBe(`3${DASH}15 Nov 2022`);
    expect(formatDaySpan('2022-10-28', '2022-11-15')).toBe(`28 Oct${DASH}15 Nov 2022`);
    expect(formatDaySpan('2022-12-28', '2023-01-02')).toBe(`28 Dec 2022${DASH}2 Jan 2023`);
    expect(formatDaySpan('2022-11-09', '2022-11-09')).toBe('9 Nov 2022');
  });

  it('says what a filter with open ends covers', () => {
    expect(formatRange({ from: '2022-11-03', to: '2022-11-15' })).toBe(formatDaySpan('2022-11-03', '2022-11-15'));
    expect(formatRange({ from: '2022-11-03' })).toBe('from 3 Nov 2022');
    expect(formatRange({ to: '2022-11-15' })).toBe('until 15 Nov 2022');
    expect(formatRange({})).toBe('all dates');
  });
});

describe('plural', () => {
  it('counts with Intl plural rules and grouping', () => {
    expect(plural(1, 'mention')).toBe('1 mention');
    expect(plural(0, 'mention')).toBe('0 mentions');
    expect(plural(1234, 'place')).toBe('1,234 places');
    expect(plural(2, 'excerpt lies', 'excerpts lie')).toBe('2 excerpts lie');
    expect(pluralWord(1, 'is', 'are')).toBe('is');
    expect(pluralWord(3, 'is', 'are')).toBe('are');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('languageName', () => {
  it('names a language code, and shows an unknown one as given', () => {
    expect(languageName('id')).toBe('Indonesian');
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('not a code!')).toBe('not a code!');
  });
});
