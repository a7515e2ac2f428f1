import { describe, expect, it } from 'vitest';
import { normalizeLanguage, normalizePrecision, normalizePublished, normalizeUrl, titleFromLine } from '../../src/lib/ingest/metadata.ts';

describe('metadata normalisation', () => {
  it('published: dates and ISO date-times become YYYY-MM-DD (the date as written)', () => {
    expect(normalizePublished('2022-11-11')).toEqual({ date: '2022-11-11' });
    expect(normalizePublished('2022-11-11T23:30:00-05:00')).toEqual({ date: '2022-11-11' });
    expect(normalizePublished('2022-11-11T10:00Z')).toEqual({ date: '2022-11-11' });
    expect(normalizePublished('2022-11-11 10:00:05.123+0200')).toEqual({ date: '2022-11-11' });
  });

  it('published: impossible or unreadable dates are warnings (the article is kept undated)', () => {
    expect(normalizePublished('2022-02-30')).toEqual({ warning: "invalid published date '2022-02-30' (2022-02-30 is not a real calendar date); article kept as undated" });
    expect(normalizePublished('11/11/2022')).toHaveProperty('warning');
    expect(normalizePublished('2022-11-11T25:00')).toHaveProperty('warning');
  });

  it('url: only http(s) is kept', () => {
    expect(normalizeUrl('https://example.org/a?b=1')).toEqual({ url: 'https://example.org/a?b=1' });
    expect(normalizeUrl('javascript:alert(1)')).toEqual({ warning: "url 'javascript:alert(1)' dropped (only http and https URLs are kept)" });
    expect(normalizeUrl('file:///etc/passwd')).toHaveProperty('warning');
    expect(normalizeUrl('example.org/a')).toHaveProperty('warning');
  });

  it('language: ISO 639-1, with region subtags and 639-3 codes accepted', () => {
    expect(normalizeLanguage('uk')).toEqual({ language: 'uk' });
    expect(normalizeLanguage('en-GB')).toEqual({ language: 'en' });
    expect(normalizeLanguage('ind')).toEqual({ language: 'id' });
    expect(normalizeLanguage('in')).toEqual({ language: 'id' });
    expect(normalizeLanguage('English')).toHaveProperty('warning');
    expect(normalizeLanguage('xx')).toHaveProperty('warning');
  });

  it('precision: day or estimate', () => {
    expect(normalizePrecision('Estimate')).toEqual({ precision: 'estimate' });
    expect(normalizePrecision('month')).toHaveProperty('warning');
  });

  it('titles derived from a line are cut at a word boundary', () => {
    expect(titleFromLine('  Short   title ')).toBe('Short title');
    const long = 'Word '.repeat(40).trim();
    const t = titleFromLine(long);
    expect(t.length).toBeLessThanOrEqual(101);
    expect(t.endsWith('Word…')).toBe(true);
  });
});
