import { describe, expect, it } from 'vitest';
import { buildIndex, type DateBasis, type Query } from '../../src/lib/index/index';
import { naiveCounts, naiveExcerpts } from '../support/naive';
import { syntheticDataset } from '../support/synthetic';
import { seededRandom } from '../support/random';
import { dayNumber, dayString } from '../../src/lib/days/index';

describe('the index agrees with a naive full scan', () => {
  const dataset = syntheticDataset({ mentions: 6000, places: 150, days: 40, seed: 7, undatedArticleShare: 0.1, eventDateShare: 0.4 });
  const index = buildIndex(dataset);
  const rand = seededRandom(42);
  const first = dayNumber('2022-08-10')!; // a little before the data, so empty and open ranges occur
  const randomDay = () => dayString(first + Math.floor(rand() * 70));
  const randomQuery = (): Query => {
    const a = randomDay();
    const b = randomDay();
    const r = rand();
    // Mostly ordered ranges; some open ends and some inverted ones.
    const range = r < 0.1 ? { from: a } : r < 0.2 ? { to: a } : r < 0.25 ? {} : r < 0.3 ? { from: a, to: b } : a <= b ? { from: a, to: b } : { from: b, to: a };
    const basis: DateBasis = rand() < 0.5 ? 'published' : 'event';
    return { range, basis, includeUndated: rand() < 0.5 };
  };

  it('for counts() over 300 random queries', () => {
    for (let i = 0; i < 300; i++) {
      const query = randomQuery();
      const expected = naiveCounts(dataset, query);
      const counts = index.counts(query);
      const actual = new Map(dataset.places.map((p, k) => [p.id, counts[k]] as const).filter(([, n]) => n > 0));
      expect(actual, JSON.stringify(query)).toEqual(expected);
    }
  });

  it('for excerpts() of random places over 150 random queries', () => {
    for (let i = 0; i < 150; i++) {
      const query = randomQuery();
      const place = dataset.places[Math.floor(rand() * 20) ** 2 % dataset.places.length].id;
      const list = index.excerpts(place, query);
      const groups = [...list];
      for (const g of groups) expect(g.count).toBe(g.excerpts.length);
      expect(list.excerptCount).toBe(groups.reduce((n, g) => n + g.count, 0));
      const actual = groups.map((g) => ({
        article: g.article.id,
        excerpts: g.excerpts.map((e) => ({ sentence: e.sentence, text: e.text, mentions: e.mentions })),
      }));
      expect(actual, `${place} ${JSON.stringify(query)}`).toEqual(naiveExcerpts(dataset, place, query));
    }
  });

  it('histogram sums to the dated mentions and extent bounds them', () => {
    for (const basis of ['published', 'event'] as const) {
      const total = index.histogram(basis).reduce((n, h) => n + h.count, 0);
      const dated = [...naiveCounts(dataset, { range: {}, basis, includeUndated: false }).values()].reduce((n, c) => n + c, 0);
      expect(total).toBe(dated);
      const { from, to } = index.extent(basis);
      expect(index.histogram(basis)[0].day).toBe(from);
      expect(index.histogram(basis).at(-1)!.day).toBe(to);
    }
  });
});
