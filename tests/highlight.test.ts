import { describe, expect, it } from 'vitest';
import { safeHttpUrl, splitByMarks } from '../src/lib/highlight';

describe('splitByMarks', () => {
  it('splits text around marks, keeping every character once', () => {
    const text = 'Troops left Kherson for the Dnipro bank.';
    const segs = splitByMarks(text, [{ start: 12, end: 19 }, { start: 28, end: 34 }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Kherson', 'Dnipro']);
  });
  it('applies an offset (marks relative to the article, text is the sentence)', () => {
    const segs = splitByMarks('in Kherson.', [{ start: 103, end: 110 }], 100);
    expect(segs).toEqual([{ text: 'in ' }, { text: 'Kherson', mark: { start: 103, end: 110 } }, { text: '.' }]);
  });
  it('skips overlapping and out-of-range marks', () => {
    const segs = splitByMarks('Kherson oblast', [{ start: 0, end: 14 }, { start: 0, end: 7 }, { start: 10, end: 99 }]);
    expect(segs.filter((s) => s.mark)).toHaveLength(1);
    expect(segs.map((s) => s.text).join('')).toBe('Kherson oblast');
  });
});

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://news.antiwar.com/2022/11/11/x/')).toBe('https://news.antiwar.com/2022/11/11/x/');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });
  it('drops other schemes and garbage', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});
