import { describe, expect, it } from 'vitest';
import { markedParagraphs, safeHttpUrl, splitByMarks } from '../../src/lib/text/index';

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

describe('markedParagraphs', () => {
  it('splits a text into paragraphs at blank lines, each with the marks inside it', () => {
    const text = 'Kherson is free.\nThe Dnipro.\n\n  \nNova Kakhovka waits.';
    const marks = [
      { start: 0, end: 7, place: 'kherson' },
      { start: 21, end: 27, place: 'dnipro' },
      { start: 33, end: 46, place: 'nova-kakhovka' },
    ];
    const paragraphs = markedParagraphs(text, marks);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 33]);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['Kherson is free.\nThe Dnipro.', 'Nova Kakhovka waits.']);
    expect(paragraphs[0].segments.filter((s) => s.mark).map((s) => [s.text, s.mark!.place])).toEqual([['Kherson', 'kherson'], ['Dnipro', 'dnipro']]);
    expect(paragraphs[1].segments[0]).toEqual({ text: 'Nova Kakhovka', mark: marks[2] });
  });

  it('leaves out a mark that would cross a paragraph break', () => {
    const text = 'One.\n\nTwo.';
    expect(markedParagraphs(text, [{ start: 2, end: 8 }]).flatMap((p) => p.segments.filter((s) => s.mark))).toEqual([]);
  });
});
