// The bundled corpus (a lazy layout: texts arrive later) plus articles added in the page, as one
// index input; and back to one Dataset for export, with every text loaded.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/dataset';
import { buildIndex, combineInputs, indexInputOf, materializeDataset, type IndexInput, type TextAccess } from '../../src/lib/index/index';
import { datasetFrom } from './fixture';

const kherson: Place = { id: 'kherson', name: 'Kherson', kind: 'city', lon: 32.6, lat: 46.6 };
const odesa: Place = { id: 'odesa', name: 'Odesa', kind: 'city', lon: 30.7, lat: 46.5 };
const hamburg: Place = { id: 'hamburg', name: 'Hamburg', kind: 'city', lon: 10, lat: 53.6 };
const all = { range: {}, basis: 'published' as const, includeUndated: true };

const bundled = datasetFrom([kherson, odesa], [
  { id: 'b1', published: '2022-11-11', text: 'Troops entered [Kherson|kherson]. Ships wait in [Odesa|odesa].' },
  { id: 'b2', published: '2022-11-12', text: 'Crowds in [Kherson|kherson|2022-11-12] cheered.' },
]);
const mine = datasetFrom([kherson, hamburg], [
  { id: 'm1', published: '2023-07-12', text: 'Grain from [Kherson|kherson] reached [Hamburg|hamburg].' },
]);

/** The bundled input as the page has it from a layout: texts empty until requested, then filled
 *  asynchronously, as shards arrive. */
function lazyBundled(): IndexInput {
  const input = indexInputOf(bundled);
  const articles = input.articles.map((a) => ({ ...a, text: '' }));
  const listeners = new Set<() => void>();
  const loaded = new Set<number>();
  const texts: TextAccess = {
    has: (a) => loaded.has(a),
    request: (a) => {
      setTimeout(() => {
        articles[a].text = bundled.articles[a].text;
        loaded.add(a);
        for (const listener of listeners) listener();
      }, 1);
    },
    problem: () => undefined,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { ...input, articles, texts };
}

describe('combineInputs', () => {
  it('counts both corpora, with shared places merged and new ones appended', () => {
    const index = buildIndex(combineInputs(lazyBundled(), mine));
    expect(index.places.map((p) => p.id)).toEqual(['kherson', 'odesa', 'hamburg']);
    const counts = index.counts(all);
    expect(index.countOf(counts, 'kherson')).toBe(3);
    expect(index.countOf(counts, 'odesa')).toBe(1);
    expect(index.countOf(counts, 'hamburg')).toBe(1);
    expect(index.articles.map((a) => a.id)).toEqual(['b1', 'b2', 'm1']);
  });

  it('shows an added article\'s excerpt at once and a bundled one once its text arrives', async () => {
    const index = buildIndex(combineInputs(lazyBundled(), mine));
    const excerptsOf = () => [...index.excerpts('kherson', all)].flatMap((g) => g.excerpts);
    const first = excerptsOf();
    expect(first.find((e) => e.article.id === 'm1')?.text).toBe('Grain from Kherson reached Hamburg.');
    expect(first.filter((e) => e.article.id !== 'm1').every((e) => e.unavailable === 'loading')).toBe(true);
    await new Promise<void>((resolve) => index.onTextsChange(() => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(excerptsOf().find((e) => e.article.id === 'b2')?.text).toBe('Crowds in Kherson cheered.');
  });
});

describe('materializeDataset', () => {
  it('loads every text and gives back the Dataset the two corpora make together', async () => {
    const dataset = await materializeDataset(combineInputs(lazyBundled(), mine));
    expect(dataset.articles.map((a) => [a.id, a.text])).toEqual([...bundled.articles, ...mine.articles].map((a) => [a.id, a.text]));
    expect(dataset.mentions).toEqual([...bundled.mentions, ...mine.mentions]);
    expect(dataset.places.map((p) => p.id)).toEqual(['kherson', 'odesa', 'hamburg']);
  });

  it('names the broken data file when a text cannot be loaded', async () => {
    const input = lazyBundled();
    const broken: IndexInput = { ...input, texts: { ...input.texts!, has: () => false, request: () => {}, problem: () => 'data/texts/abc.json: checksum mismatch' } };
    await expect(materializeDataset(broken)).rejects.toThrow('data/texts/abc.json: checksum mismatch');
  });
});
