import { describe, expect, it } from 'vitest';
import { buildIndex, type ExcerptGroup, type Query } from '../../src/lib/index/index';
import { naiveExcerpts } from '../support/naive';
import { syntheticDataset } from '../support/synthetic';

/** The old eager order: published ascending, undated last, ties by article id. */
function oldestFirst(x: ExcerptGroup, y: ExcerptGroup): number {
  const [dx, dy] = [x.article.published, y.article.published];
  if (dx !== dy) {
    if (dx === undefined) return 1;
    if (dy === undefined) return -1;
    return dx < dy ? -1 : 1;
  }
  return x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0;
}

describe('the lazy excerpt list', () => {
  const dataset = syntheticDataset({ mentions: 4000, places: 40, days: 20, seed: 3, undatedArticleShare: 0.15, eventDateShare: 0.3 });
  const index = buildIndex(dataset);
  const queries: Query[] = [
    { range: {}, basis: 'published', includeUndated: true },
    { range: { from: '2022-09-05', to: '2022-09-12' }, basis: 'event', includeUndated: false },
    { range: { to: '2022-09-08' }, basis: 'published', includeUndated: true },
  ];
  const places = dataset.places.slice(0, 8).map((p) => p.id);

  it('knows its length and excerpt count, and the excerpts before each position, without building excerpts', () => {
    for (const q of queries) for (const place of places) {
      const list = index.excerpts(place, q);
      const naive = naiveExcerpts(dataset, place, q);
      expect(list.length).toBe(naive.length);
      expect(list.excerptCount).toBe(naive.reduce((n, g) => n + g.excerpts.length, 0));
      let before = 0;
      for (let i = 0; i < list.length; i++) {
        expect(list.excerptsBefore(i)).toBe(before);
        before += naive[i].excerpts.length;
        expect(list.at(i).count).toBe(naive[i].excerpts.length);
      }
      expect(list.excerptsBefore(list.length)).toBe(list.excerptCount);
    }
  });

  it('makes a group once, on access, and rejects positions outside it', () => {
    const list = index.excerpts(places[0], queries[0]);
    expect(list.length).toBeGreaterThan(2);
    expect(list.at(1)).toBe(list.at(1));
    expect([...list][1]).toBe(list.at(1));
    expect(() => list.at(-1)).toThrow(RangeError);
    expect(() => list.at(list.length)).toThrow(RangeError);
    expect(() => index.excerpts('no-such-place', queries[0]).at(0)).toThrow(RangeError);
  });

  it('orders oldest first as sorting the newest-first groups would, counts following the groups', () => {
    for (const q of queries) for (const place of places) {
      const newest = [...index.excerpts(place, q)];
      const oldest = index.excerpts(place, q, { order: 'oldest' });
      const expected = [...newest].sort(oldestFirst);
      expect([...oldest].map((g) => g.article.id)).toEqual(expected.map((g) => g.article.id));
      expect([...oldest].map((g) => g.excerpts.map((e) => e.sentence))).toEqual(expected.map((g) => g.excerpts.map((e) => e.sentence)));
      let before = 0;
      for (let i = 0; i < oldest.length; i++) {
        expect(oldest.excerptsBefore(i)).toBe(before);
        before += oldest.at(i).excerpts.length;
      }
      expect(oldest.excerptCount).toBe(before);
    }
  });

  it('serialises as an array of groups with their excerpts', () => {
    const list = index.excerpts(places[1], queries[1]);
    const plain = JSON.parse(JSON.stringify(list));
    expect(Array.isArray(plain)).toBe(true);
    expect(plain).toHaveLength(list.length);
    expect(plain[0].article.id).toBe(list.at(0).article.id);
    expect(plain[0].excerpts).toHaveLength(list.at(0).count);
  });
});
