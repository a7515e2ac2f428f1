import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import { mergeDatasets } from '../../src/lib/imported/index';
import { importedDataset } from '../support/importedDataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await importedDataset();
});

describe('mergeDatasets', () => {
  it('concatenates articles and mentions and shares places', () => {
    const odesaOnly: Dataset = { ...dataset, articles: dataset.articles.filter((a) => a.id === 'odesa-grain'), mentions: dataset.mentions.filter((m) => m.article === 'odesa-grain') };
    const rest: Dataset = { ...dataset, articles: dataset.articles.filter((a) => a.id !== 'odesa-grain'), mentions: dataset.mentions.filter((m) => m.article !== 'odesa-grain'), rejected: [] };
    const merged = mergeDatasets([odesaOnly, rest]);
    expect(merged.articles).toHaveLength(dataset.articles.length);
    expect(merged.mentions).toHaveLength(dataset.mentions.length);
    expect(merged.places).toEqual(dataset.places);
  });
});
