import { describe, expect, it } from 'vitest';
import { buildIndex, type PlaceIndex, type Query } from '../../src/lib/index/index';
import { datasetFrom, fixture, oblasts, places } from './fixture';

const all: Query = { range: {}, basis: 'published', includeUndated: false };
const q = (over: Partial<Query> & { from?: string; to?: string }): Query => ({
  ...all, ...over, range: { ...(over.from ? { from: over.from } : {}), ...(over.to ? { to: over.to } : {}) },
});

function countsById(index: PlaceIndex, query: Query): Record<string, number> {
  const c = index.counts(query);
  return Object.fromEntries(index.places.map((p, i) => [p.id, c[i]]));
}

describe('counts', () => {
  const index = buildIndex(fixture(), oblasts);

  it('counts every dated mention over an open range, aligned with dataset.places', () => {
    expect(countsById(index, all)).toEqual({ kherson: 4, 'nova-kakhovka': 2, 'kherson-oblast': 1, dnipro: 1, kyiv: 2, oleshky: 1, 'mykolaiv-oblast': 0, snihurivka: 0 });
  });

  it('adds undated mentions only when asked, whatever the range', () => {
    const c = countsById(index, q({ includeUndated: true, from: '2030-01-01' }));
    expect(c).toMatchObject({ kherson: 1, 'nova-kakhovka': 0, 'kherson-oblast': 0, dnipro: 0, kyiv: 1, oleshky: 0 });
    expect(countsById(index, q({ includeUndated: true })).kherson).toBe(5);
  });

  it('treats the range as inclusive on both ends under the published basis', () => {
    expect(countsById(index, q({ from: '2022-11-11', to: '2022-11-15' }))).toMatchObject(
      { kherson: 3, 'nova-kakhovka': 1, 'kherson-oblast': 1, dnipro: 0, kyiv: 1, oleshky: 1 });
    expect(countsById(index, q({ to: '2022-11-09' }))).toMatchObject(
      { kherson: 1, 'nova-kakhovka': 1, 'kherson-oblast': 0, dnipro: 1, kyiv: 1, oleshky: 0 });
  });

  it('uses the event date, else the published date, under the event basis', () => {
    // a4 is undated, but its Kyiv mention carries an event date (2022-11-10).
    expect(countsById(index, q({ basis: 'event', from: '2022-11-10', to: '2022-11-15' }))).toMatchObject(
      { kherson: 3, 'nova-kakhovka': 1, 'kherson-oblast': 1, dnipro: 0, kyiv: 2, oleshky: 1 });
    expect(countsById(index, q({ basis: 'event', to: '2022-11-08' }))['nova-kakhovka']).toBe(1);
    expect(countsById(index, q({ basis: 'published', to: '2022-11-08' }))['nova-kakhovka']).toBe(0);
  });

  it('matches nothing dated when from > to', () => {
    expect([...index.counts(q({ from: '2022-11-15', to: '2022-11-09' }))].every((n) => n === 0)).toBe(true);
  });

  it('reuses a buffer when given one and reads counts by id', () => {
    const buffer = new Uint32Array(places.length).fill(99);
    const out = index.counts(all, buffer);
    expect(out).toBe(buffer);
    expect(index.countOf(out, 'kherson')).toBe(4);
    expect(index.countOf(out, 'nowhere')).toBe(0);
    expect(index.indexOf('kyiv')).toBe(4);
    expect(() => index.counts(all, new Uint32Array(2))).toThrow(/expected 8/);
  });

  it('treats an empty date (a cleared date input) as an open end', () => {
    expect(countsById(index, { ...all, range: { from: '', to: '2022-11-09' } })).toEqual(countsById(index, q({ to: '2022-11-09' })));
  });

  it('rejects an invalid date in a query', () => {
    expect(() => index.counts(q({ from: '2022-02-30' }))).toThrow(/"2022-02-30"/);
  });
});

describe('histogram, extent and undated', () => {
  const index = buildIndex(fixture());

  it('counts mentions per day for each basis', () => {
    expect(index.histogram('published')).toEqual([
      { day: '2022-11-09', count: 4 }, { day: '2022-11-11', count: 4 }, { day: '2022-11-15', count: 3 }]);
    expect(index.histogram('event')).toEqual([
      { day: '2022-11-08', count: 1 }, { day: '2022-11-09', count: 3 }, { day: '2022-11-10', count: 1 },
      { day: '2022-11-11', count: 5 }, { day: '2022-11-12', count: 1 }, { day: '2022-11-15', count: 1 }]);
  });

  it('gives the date extent per basis and the undated totals', () => {
    expect(index.extent('published')).toEqual({ from: '2022-11-09', to: '2022-11-15' });
    expect(index.extent('event')).toEqual({ from: '2022-11-08', to: '2022-11-15' });
    expect(index.undated).toEqual({ articles: 1, mentions: 2 });
  });

  it('has an empty extent for a dataset without dates', () => {
    const undatedOnly = buildIndex(datasetFrom(places, [{ id: 'x', text: 'Only [Kyiv|kyiv].' }]));
    expect(undatedOnly.extent('published')).toEqual({});
    expect(undatedOnly.histogram('published')).toEqual([]);
  });
});

describe('excerpts', () => {
  const index = buildIndex(fixture(), oblasts);

  it('groups by article, newest first, and merges mentions in one sentence into one excerpt', () => {
    const groups = [...index.excerpts('kherson', all)];
    expect(groups.map((g) => g.article.id)).toEqual(['a3', 'a2', 'a1']);
    expect(groups.map((g) => g.count)).toEqual(groups.map((g) => g.excerpts.length));
    const [a2] = groups[1].excerpts;
    expect(groups[1].excerpts).toHaveLength(1);
    expect(a2.text).toBe('Ukrainian troops entered Kherson, and crowds in central Kherson celebrated.');
    expect(a2.marks.map((m) => a2.text.slice(m.start, m.end))).toEqual(['Kherson', 'Kherson']);
    expect(a2.marks[0].start).toBeLessThan(a2.marks[1].start);
    expect(a2.mentions).toHaveLength(2);
    expect(a2.article.text.slice(...a2.sentence)).toBe(a2.text);
  });

  it('builds excerpts once, on access, and serialises them', () => {
    const [group] = index.excerpts('kherson', all);
    expect(group.excerpts).toBe(group.excerpts);
    const plain = JSON.parse(JSON.stringify(group));
    expect(plain.count).toBe(1);
    expect(plain.excerpts[0].text).toBe('Recall that Kherson was retaken on 11 November.');
  });

  it('orders oldest first on request, undated articles last either way', () => {
    const withUndated = { ...all, includeUndated: true };
    expect([...index.excerpts('kherson', withUndated, { order: 'oldest' })].map((g) => g.article.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect([...index.excerpts('kherson', withUndated)].map((g) => g.article.id)).toEqual(['a3', 'a2', 'a1', 'a4']);
  });

  it('carries the event date and filters by the query', () => {
    const [a3] = index.excerpts('kherson', q({ from: '2022-11-15' }));
    expect(a3.excerpts[0].date).toBe('2022-11-11');
    expect(a3.excerpts[0].text).toBe('Recall that Kherson was retaken on 11 November.');
    expect([...index.excerpts('kherson', q({ from: '2022-11-16' }))]).toEqual([]);
    expect([...index.excerpts('nowhere', all)]).toEqual([]);
    expect(index.excerpts('nowhere', all)).toMatchObject({ length: 0, excerptCount: 0 });
  });

  it('keeps excerpts in text order inside an article', () => {
    const groups = [...index.excerpts('kherson-oblast', all, { includeInside: true })];
    for (const g of groups) {
      const starts = g.excerpts.map((e) => e.sentence[0]);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  it('adds the places inside an oblast with includeInside', () => {
    expect([...index.excerpts('kherson-oblast', all)].map((g) => g.article.id)).toEqual(['a2']);
    const groups = [...index.excerpts('kherson-oblast', all, { includeInside: true })];
    expect(groups.map((g) => [g.article.id, g.excerpts.length, g.count])).toEqual([['a3', 3, 3], ['a2', 2, 2], ['a1', 2, 2]]);
    // The Dnipro and Kyiv share sentences with inside places but are not themselves inside.
    const marked = groups.flatMap((g) => g.excerpts.flatMap((e) => e.marks.map((m) => m.place)));
    expect(new Set(marked)).toEqual(new Set(['kherson', 'nova-kakhovka', 'kherson-oblast', 'oleshky']));
  });

  it('marks the outer of two overlapping mentions and keeps both in the excerpt', () => {
    const ds = datasetFrom(places, [{ id: 'x', published: '2022-10-01', text: 'The [Kherson oblast|kherson-oblast] was annexed.' }]);
    ds.mentions.push({ article: 'x', place: 'kherson', start: 4, end: 11, sentence: [0, ds.articles[0].text.length] });
    const [group] = buildIndex(ds, oblasts).excerpts('kherson-oblast', all, { includeInside: true });
    const [excerpt] = group.excerpts;
    expect(excerpt.marks.map((m) => [excerpt.text.slice(m.start, m.end), m.place])).toEqual([['Kherson oblast', 'kherson-oblast']]);
    expect(excerpt.mentions).toHaveLength(2);
  });
});

describe('placesInside', () => {
  it('uses parent links, and point-in-polygon for point-like places without an admin-1 parent', () => {
    const index = buildIndex(fixture(), oblasts);
    expect(index.placesInside('kherson-oblast')).toEqual(['kherson', 'nova-kakhovka', 'oleshky']);
    expect(index.placesInside('mykolaiv-oblast')).toEqual(['snihurivka']);
    expect(index.placesInside('kyiv')).toEqual([]);
  });

  it('falls back to parent links without polygons', () => {
    expect(buildIndex(fixture()).placesInside('kherson-oblast')).toEqual(['oleshky']);
  });

  it('handles a MultiPolygon and a feature id given in properties', () => {
    const multi = {
      type: 'FeatureCollection' as const,
      features: [{
        type: 'Feature' as const,
        properties: { id: 'kherson-oblast' },
        geometry: {
          type: 'MultiPolygon' as const,
          coordinates: [
            [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]], // around Kyiv's point
            [[[33.3, 46.7], [33.4, 46.7], [33.4, 46.8], [33.3, 46.8], [33.3, 46.7]]], // around Nova Kakhovka
          ],
        },
      }],
    };
    expect(buildIndex(fixture(), multi).placesInside('kherson-oblast')).toEqual(['nova-kakhovka', 'kyiv', 'oleshky']);
  });
});

describe('outside', () => {
  const index = buildIndex(fixture(), oblasts);

  it('counts the excerpts the range hides and the range that shows them all', () => {
    const r = index.outside('kherson', q({ from: '2022-11-10', to: '2022-11-12' }));
    expect(r).toEqual({ count: 2, range: { from: '2022-11-09', to: '2022-11-15' }, undatedHidden: 1 });
    expect([...index.excerpts('kherson', q(r.range!))].flatMap((g) => g.excerpts)).toHaveLength(3); // a1, a2 (two marks), a3
  });

  it('reports nothing outside when the range holds every dated excerpt', () => {
    expect(index.outside('kherson', { ...all, includeUndated: true })).toEqual({ count: 0, undatedHidden: 0 });
  });

  it('follows the basis and includeInside', () => {
    expect(index.outside('nova-kakhovka', q({ basis: 'event', from: '2022-11-09' })).count).toBe(1);
    expect(index.outside('nova-kakhovka', q({ basis: 'published', from: '2022-11-09' })).count).toBe(0);
    expect(index.outside('kherson-oblast', q({ from: '2022-11-11', to: '2022-11-11' }), { includeInside: true }))
      .toEqual({ count: 5, range: { from: '2022-11-09', to: '2022-11-15' }, undatedHidden: 1 });
  });
});

describe('bad input', () => {
  it('names the mention that points at an unknown place or article', () => {
    const ds = fixture();
    ds.mentions[3] = { ...ds.mentions[3], place: 'atlantis' };
    expect(() => buildIndex(ds)).toThrow('mentions[3] refers to unknown place "atlantis"');
    const ds2 = fixture();
    ds2.mentions[0] = { ...ds2.mentions[0], article: 'ghost' };
    expect(() => buildIndex(ds2)).toThrow('mentions[0] refers to unknown article "ghost"');
  });
});
