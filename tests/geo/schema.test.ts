import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geometryProblem, validateGeoFile } from '../../src/lib/geo/index';
import { GEO_LAYERS, validateLayerFile } from '../../scripts/geo/files';
import { GEO_DIR, readGeo, readGeoText } from './helpers';

const good = () => ({
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    id: 'dnipro',
    properties: {
      id: 'dnipro', name: 'Dnipro', name_en: 'Dnipro', name_uk: 'Дніпро', name_ru: 'Днепр', name_de: 'Dnepr', name_fr: 'Dniepr', name_id: 'Sungai Dnipro',
      kind: 'river', source: 'test', license: 'test',
    },
    geometry: { type: 'LineString', coordinates: [[30.5, 51.2], [32.3, 46.5]] },
  }],
});

describe('every geo file build:geo makes', () => {
  it.each(GEO_LAYERS.map((l) => l.file))('%s passes validateGeoFile with its layer\'s expectations', (file) => {
    const fc = validateLayerFile(GEO_LAYERS.find((l) => l.file === file)!, readGeo(file));
    for (const f of fc.features) {
      expect(f.id).toBe(f.properties.id);
      for (const key of ['name', 'name_en', 'name_uk', 'name_ru', 'kind', 'source', 'license']) expect(typeof (f.properties as Record<string, unknown>)[key]).toBe('string');
    }
  });

  it('the list of layers covers every .geojson file in geo/', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(GEO_DIR).filter((f) => f.endsWith('.geojson')).sort();
    expect(files).toEqual(GEO_LAYERS.filter((l) => l.dir === 'geo').map((l) => l.file).sort());
  });

  it('the default story\'s five overlays carry German, French and Indonesian names', () => {
    for (const layer of GEO_LAYERS.filter((l) => l.storyOverlay)) {
      for (const f of readGeo(layer.file).features) {
        for (const lang of ['de', 'fr', 'id']) expect(typeof f.properties[`name_${lang}`], `${layer.file} ${String(f.id)}`).toBe('string');
      }
    }
  });

  it('is a plain FeatureCollection text with one feature per line', () => {
    const text = readGeoText('annexed-oblasts.geojson');
    expect(text.split('\n')).toHaveLength(6 + 3);
  });
});

describe('validateGeoFile rejects bad input, naming the file', () => {
  const dnipro = GEO_LAYERS.find((l) => l.name === 'dnipro')!;
  const reject = (json: unknown, message: RegExp, file = 'geo/dnipro.geojson') =>
    expect(() => (file === 'geo/dnipro.geojson' ? validateGeoFile(file, json, { geometry: dnipro.geometry, ids: dnipro.ids, multilingual: true }) : validateGeoFile(file, json))).toThrow(message);

  it('accepts a good file', () => {
    expect(validateGeoFile('geo/dnipro.geojson', good()).features).toHaveLength(1);
  });

  it('a missing file (undefined/null) or something that is not a FeatureCollection', () => {
    reject(undefined, /^geo\/dnipro\.geojson: missing or empty/);
    reject(null, /^geo\/dnipro\.geojson: missing or empty/);
    reject([], /^geo\/dnipro\.geojson: not a GeoJSON FeatureCollection/);
    reject({ type: 'Feature' }, /^geo\/dnipro\.geojson: not a GeoJSON FeatureCollection \(type is "Feature"\)/);
    reject({ type: 'FeatureCollection' }, /no "features" array/);
    reject({ type: 'FeatureCollection', features: [] }, /has no features/);
  });

  it('a feature without id, name or kind, or with an unknown kind', () => {
    const noId = good();
    delete (noId.features[0] as { id?: string }).id;
    reject(noId, /^geo\/dnipro\.geojson: feature 0 \(id "dnipro"\) has no top-level string id/);
    const noName = good();
    delete (noName.features[0].properties as { name_uk?: string }).name_uk;
    reject(noName, /^geo\/dnipro\.geojson: feature 0 \(id "dnipro"\): properties\.name_uk/);
    const emptyName = good();
    emptyName.features[0].properties.name = '  ';
    reject(emptyName, /properties\.name: must be a non-empty name/);
    const badKind = good();
    badKind.features[0].properties.kind = 'ocean';
    reject(badKind, /properties\.kind/);
    const mismatch = good();
    mismatch.features[0].id = 'dnieper';
    reject(mismatch, /top-level id "dnieper" differs from properties\.id/);
  });

  it('the wrong geometry type, or broken coordinates', () => {
    const point = good();
    (point.features[0] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [30, 50] };
    reject(point, /geometry is Point, expected LineString or MultiLineString/);
    const far = good();
    far.features[0].geometry.coordinates = [[30, 50], [200, 50]];
    reject(far, /coordinate \[200, 50\] is out of range/);
    const short = good();
    short.features[0].geometry.coordinates = [[30, 50]];
    reject(short, /fewer than 2 positions/);
    const nan = good();
    (nan.features[0].geometry.coordinates as unknown[]) = [[30, 50], ['x', 50]];
    reject(nan, /not a finite number/);
  });

  it('an expected feature id missing, or a story overlay without German, French or Indonesian names', () => {
    const other = good();
    other.features[0].id = 'dnepr';
    other.features[0].properties.id = 'dnepr';
    reject(other, /^geo\/dnipro\.geojson: expected feature id "dnipro" is missing/);
    const noDe = good();
    delete (noDe.features[0].properties as { name_de?: string }).name_de;
    reject(noDe, /properties\.name_de is missing/);
  });

  it('a required property missing (per GEO_LAYERS), and duplicate ids', () => {
    const dam = good();
    dam.features[0].id = 'kakhovka-dam';
    dam.features[0].properties.id = 'kakhovka-dam';
    dam.features[0].properties.kind = 'dam';
    expect(() => validateLayerFile(GEO_LAYERS.find((l) => l.name === 'kakhovka-dam')!, dam))
      .toThrow(/^corpus\/overlays\/kakhovka-dam\.geojson: feature 0 \(id "kakhovka-dam"\): properties\.completed is missing/);
    const twice = good();
    twice.features.push(structuredClone(twice.features[0]));
    reject(twice, /duplicate feature id "dnipro"/);
  });

  it('checks only what it is told to expect', () => {
    expect(() => validateGeoFile('anything.json', good(), { geometry: 'polygon' })).toThrow(/^anything\.json: .*expected Polygon or MultiPolygon/);
    expect(validateGeoFile('anything.json', good()).features).toHaveLength(1);
  });

  it('geometryProblem spots unclosed rings', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toMatch(/not closed/);
    expect(geometryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).toBeUndefined();
  });
});
