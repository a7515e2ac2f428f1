/**
 * The index built from mention columns with texts that arrive later (the lazy layout): excerpts of
 * an article whose text is not there are 'loading' and ask for it, then show it once it has come;
 * a broken text file is named in those excerpts; the reader's mentions come from the columns.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, indexInputOf, type TextAccess } from '../../src/lib/index/index';
import { datasetFrom } from './fixture';

const places = [
  { id: 'kherson', name: 'Kherson', kind: 'city' as const, lon: 32.6, lat: 46.6 },
  { id: 'kyiv', name: 'Kyiv', kind: 'city' as const, lon: 30.5, lat: 50.4 },
];
const dataset = datasetFrom(places, [
  { id: 'a', published: '2022-11-11', text: 'Troops left [Kherson|kherson] on Friday. Officials in [Kyiv|kyiv|2022-11-10] agreed.' },
  { id: 'b', published: '2022-11-12', text: 'Crowds filled [Kherson|kherson] on Saturday.' },
]);
const query = { range: {}, basis: 'published' as const, includeUndated: true };

/** Texts held back until `arrive` is called; article b's file is broken. */
function lazy() {
  const input = indexInputOf(dataset);
  const texts = dataset.articles.map((a) => a.text);
  const articles = input.articles.map((a) => ({ ...a, text: '' }));
  const requested: number[] = [];
  const listeners = new Set<() => void>();
  const access: TextAccess = {
    has: (i) => articles[i].text !== '',
    request: (i) => { requested.push(i); },
    problem: (i) => (articles[i].id === 'b' ? 'data/texts/0123456789abcdef.json: 10 bytes, the manifest says 99' : undefined),
    onChange: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
  };
  const arrive = (i: number) => { articles[i].text = texts[i]; for (const l of listeners) l(); };
  return { index: buildIndex({ ...input, articles, texts: access }), requested, arrive };
}

describe('the index over texts that load lazily', () => {
  it('marks excerpts loading and asks for the text, then shows it when it has arrived', () => {
    const { index, requested, arrive } = lazy();
    let changes = 0;
    index.onTextsChange(() => changes++);
    const a = index.excerpts('kyiv', query).at(0).excerpts[0];
    expect(a.unavailable).toBe('loading');
    expect(a.text).toBe('');
    expect(a.marks).toEqual([]);
    expect(requested).toEqual([0]);
    arrive(0);
    expect(changes).toBe(1);
    const again = index.excerpts('kyiv', query).at(0).excerpts[0];
    expect(again.unavailable).toBeUndefined();
    expect(again.text).toBe('Officials in Kyiv agreed.');
    expect(again.text.slice(again.marks[0].start, again.marks[0].end)).toBe('Kyiv');
    expect(again.date).toBe('2022-11-10');
  });

  it('names the broken file in the excerpts of its articles only', () => {
    const { index, arrive } = lazy();
    arrive(0);
    const groups = [...index.excerpts('kherson', query)];
    expect(groups.map((g) => g.article.id)).toEqual(['b', 'a']);
    expect(groups[0].excerpts[0].unavailable).toMatch(/^data\/texts\/0123456789abcdef\.json: 10 bytes/);
    expect(groups[1].excerpts[0].text).toBe('Troops left Kherson on Friday.');
  });

  it('gives an article its mentions from the columns, as the Dataset has them', () => {
    const { index } = lazy();
    expect(index.mentionsOf('a')).toEqual(dataset.mentions.filter((m) => m.article === 'a'));
    expect(index.mentionsOf('nope')).toEqual([]);
    expect(index.mentionCount).toBe(3);
  });
});
