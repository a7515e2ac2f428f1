import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import { openArticleStore } from '../../src/lib/persist/index';
import { importedDataset } from '../support/importedDataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await importedDataset();
});

let dbCount = 0;
const freshStore = () => openArticleStore(`test-${++dbCount}`);

describe('the article store (IndexedDB)', () => {
  it('keeps what is added, in order, across reopening', async () => {
    const name = `test-${++dbCount}`;
    const first = await openArticleStore(name);
    await first.add({ ...dataset, rejected: [] });
    first.close();
    const again = await openArticleStore(name);
    const loaded = await again.load();
    expect(loaded.articles.map((a) => a.id).sort()).toEqual(dataset.articles.map((a) => a.id).sort());
    expect(loaded.mentions).toHaveLength(dataset.mentions.length);
    expect(loaded.places).toEqual(dataset.places);
  });

  it('removes one article with its mentions, and places no longer mentioned', async () => {
    const store = await freshStore();
    await store.add(dataset);
    await store.remove('hamburg-hafen');
    const loaded = await store.load();
    expect(loaded.articles.map((a) => a.id)).not.toContain('hamburg-hafen');
    expect(loaded.mentions.some((m) => m.article === 'hamburg-hafen')).toBe(false);
    expect(loaded.places.map((p) => p.id)).not.toContain('hamburg');
    expect(loaded.places.map((p) => p.id)).toContain('odesa');
  });

  it('clears everything; settings are kept apart', async () => {
    const store = await freshStore();
    await store.add(dataset);
    await store.writeSetting('showDefault', false);
    await store.clear();
    expect(await store.load()).toEqual({ version: 1, articles: [], places: [], mentions: [], rejected: [] });
    expect(await store.readSetting<boolean>('showDefault')).toBe(false);
    expect(await store.readSetting('missing')).toBeUndefined();
  });
});
