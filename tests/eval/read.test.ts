/** The benchmark readers, on small files written for these tests (tests/fixtures/eval). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBenchmark, BenchmarkFormatError, placedSpan } from '../../scripts/eval/read';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');

describe('benchmark readers', () => {
  it('reads GeoWebNews: text with entities decoded, places with coordinates, expressions left out', () => {
    const bench = readBenchmark(fixture('geowebnews-mini.xml'), 'mini.xml');
    expect(bench.format).toBe('GeoWebNews');
    const [article] = bench.articles;
    expect(article).toMatchObject({ id: '7', title: 'Storm moves east' });
    expect(article.text).toContain('Kentucky officials & Ohio');
    for (const t of article.toponyms) expect(article.text.slice(t.start, t.end)).toBe(t.name);
    expect(article.toponyms.map((t) => t.name)).toEqual(['Paris', 'Ky.', 'Lexington', 'Kentucky', 'Ohio', 'Russian', 'Moscow']);
    expect(article.toponyms.find((t) => t.name === 'Russian')).toMatchObject({ isPlace: false, lat: undefined });
    expect(article.toponyms.find((t) => t.name === 'Ohio')).toMatchObject({ isPlace: true, lat: undefined });
    expect(article.toponyms.find((t) => t.name === 'Moscow')).toMatchObject({ isPlace: true, lat: 55.75, lon: 37.62 });
  });

  it('reads LGL/TR-News: CDATA text, <phrase> and <gaztag> coordinates', () => {
    const bench = readBenchmark(fixture('lgl-mini.xml'));
    expect(bench.format).toBe('LGL/TR-News');
    const [article] = bench.articles;
    expect(article.id).toBe('41');
    expect(article.toponyms.map((t) => [t.name, t.lat])).toEqual([['Gainesville', 29.65163], ['Fla.', 28.75054], ['Gainesville', 29.65163], ['Alachua County', undefined]]);
  });

  it('fails with the reason on anything else', () => {
    expect(() => readBenchmark(fixture('not-a-benchmark.xml'), 'x.xml')).toThrow(BenchmarkFormatError);
    expect(() => readBenchmark(fixture('not-a-benchmark.xml'), 'x.xml')).toThrow(/x\.xml: no <articles> root element/);
    expect(() => readBenchmark('<articles><article><text>a</text></article></articles>', 'y.xml')).toThrow(/neither a "file" \(GeoWebNews\) nor a "docid"/);
    expect(() => readBenchmark('<articles><article file="1"><text>abc</text><toponyms><toponym><extractedName>Zed</extractedName><start>0</start><end>3</end></toponym></toponyms></article></articles>', 'z.xml'))
      .toThrow(/z\.xml: article 1: toponym "Zed" is not at 0-3/);
  });

  it('finds a name whose offsets are counted differently near where they point', () => {
    expect(placedSpan('an émoji 🚀 then Kyiv', 'Kyiv', { start: 16, end: 20 })).toEqual({ start: 17, end: 21 });
  });
});
