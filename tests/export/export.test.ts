import { check } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../src/lib/dataset';
import { CSV_COLUMNS, csvField, datasetJson, exportFileName, mentionsCsv, mentionsGeoJson, placesGeoJson, viewMentions } from '../../src/lib/export/index';
import { buildIndex, type Query } from '../../src/lib/index/index';
import { importedDataset } from '../support/importedDataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await importedDataset();
});

const QUERIES: Query[] = [
  { range: {}, basis: 'published', includeUndated: true },
  { range: {}, basis: 'published', includeUndated: false },
  { range: { from: '2023-02-01', to: '2023-07-11' }, basis: 'published', includeUndated: false },
  { range: { from: '2023-07-01' }, basis: 'event', includeUndated: true },
  { range: { to: '2023-07-09' }, basis: 'event', includeUndated: false },
];

describe('export of the current view', () => {
  it('counts per place what the index counts, for every query', () => {
    const index = buildIndex(dataset);
    for (const query of QUERIES) {
      const counts = index.counts(query);
      const expected = Object.fromEntries(dataset.places.map((p, i) => [p.id, counts[i]] as const).filter(([, n]) => n > 0));
      const exported = Object.fromEntries(placesGeoJson(viewMentions(dataset, { query })).features.map((f) => [f.properties.id, f.properties.mentions]));
      expect(exported, JSON.stringify(query)).toEqual(expected);
    }
  });

  it('writes valid GeoJSON whose counts survive a round trip through text', () => {
    const mentions = viewMentions(dataset, { query: QUERIES[0] });
    const places = check(JSON.stringify(placesGeoJson(mentions)));
    const perMention = check(JSON.stringify(mentionsGeoJson(mentions)));
    expect(places.type).toBe('FeatureCollection');
    const total = (places as GeoJSON.FeatureCollection).features.reduce((sum, f) => sum + (f.properties!.mentions as number), 0);
    expect(total).toBe(dataset.mentions.length);
    expect((perMention as GeoJSON.FeatureCollection).features).toHaveLength(dataset.mentions.length);
    const odesa = (places as GeoJSON.FeatureCollection).features.find((f) => f.properties!.id === 'odesa')!;
    expect(odesa.geometry).toEqual({ type: 'Point', coordinates: [dataset.places.find((p) => p.id === 'odesa')!.lon, dataset.places.find((p) => p.id === 'odesa')!.lat] });
  });

  it('per mention: the mention, its excerpt, dates and source', () => {
    const only = viewMentions(dataset, { query: QUERIES[0], places: new Set(['mykolaiv']) });
    const features = mentionsGeoJson(only).features;
    expect(features.length).toBe(2);
    for (const f of features) {
      expect(f.properties.mention).toBe('Mykolaiv');
      expect(f.properties.excerpt).toContain(f.properties.mention);
      expect(f.properties).toMatchObject({ article: 'odesa-grain', source: 'Placeline test desk', url: 'https://example.org/odesa-grain', published: '2023-07-10' });
    }
    expect(features.some((f) => f.properties.date === '2023-07-08')).toBe(true);
  });

  it('limits to the selected places and the date range', () => {
    const view = viewMentions(dataset, { query: QUERIES[2], places: new Set(['odesa']) });
    expect(view.length).toBeGreaterThan(0);
    for (const { mention, article } of view) {
      expect(mention.place).toBe('odesa');
      expect(article.published! >= '2023-02-01' && article.published! <= '2023-07-11').toBe(true);
    }
  });
});

describe('CSV', () => {
  it('has a header row, then one row per mention', () => {
    const csv = mentionsCsv(viewMentions(dataset, { query: QUERIES[0] }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    // No field of these articles has a line break, so rows are lines.
    expect(lines.length - 2).toBe(dataset.mentions.length);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-33.5)).toBe('-33.5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('Dataset JSON', () => {
  it('is the dataset, valid against the schema, and reads back equal', () => {
    const text = datasetJson(dataset);
    expect(parseDataset(text, 'export.json')).toEqual(dataset);
  });
  it('refuses to write a dataset that breaks the contract', () => {
    const broken = { ...dataset, mentions: [{ ...dataset.mentions[0], place: 'nowhere' }] };
    expect(() => datasetJson(broken)).toThrow(/unknown place "nowhere"/);
  });
});

it('names files after what they hold', () => {
  expect(exportFileName('places', 'odesa', { from: '2023-07-01', to: '2023-07-31' }, 'geojson')).toBe('placeline-odesa-places-2023-07-01_2023-07-31.geojson');
  expect(exportFileName('mentions', undefined, {}, 'csv')).toBe('placeline-all-places-mentions.csv');
});
