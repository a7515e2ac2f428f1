import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset';
import { datasetJson } from '../../src/lib/export/index';
import { accountingLine } from '../../src/lib/imported/index';
import { datasetToAdd } from '../../src/lib/importer/index';
import { importedDataset } from '../support/importedDataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await importedDataset();
});

describe('Open dataset…', () => {
  it('adds every article of an exported dataset', () => {
    const { dataset: added, report } = datasetToAdd(datasetJson(dataset), 'export.json', new Map());
    expect(added.articles).toEqual(dataset.articles);
    expect(added.mentions).toEqual(dataset.mentions);
    expect(added.places).toEqual(dataset.places);
    expect(accountingLine(report)).toBe(`${dataset.articles.length} articles read = ${dataset.articles.length} added + 0 rejected`);
  });

  it('rejects articles whose id is already there, with their mentions', () => {
    const { dataset: added, report } = datasetToAdd(datasetJson(dataset), 'export.json', new Map([['odesa-grain', 'odesa-grain.md']]));
    expect(added.articles.map((a) => a.id)).not.toContain('odesa-grain');
    expect(added.mentions.some((m) => m.article === 'odesa-grain')).toBe(false);
    expect(added.places.map((p) => p.id)).not.toContain('mykolaiv');
    expect(report.rejected).toEqual([{ file: 'odesa-grain.md', reason: "duplicate id 'odesa-grain' (also odesa-grain.md)" }]);
  });

  it('refuses a file that is not a Dataset JSON, naming it', () => {
    expect(() => datasetToAdd('{"version":1}', 'notes.json', new Map())).toThrow(/^notes\.json: does not match the dataset schema/);
    expect(() => datasetToAdd('<html>', 'page.json', new Map())).toThrow(/^page\.json: not valid JSON/);
  });
});
