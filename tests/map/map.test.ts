import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Place } from '../../src/lib/dataset';
import { buildStyle, dataFrame, interactiveLayers, kindSymbol, needsWorldDetail, overlayLayerIds, overlayLayers, placePoints } from '../../src/lib/map/index';
import { createOverlayRegistry, parseStory } from '../../src/lib/story/index';

const place = (id: string, lon: number, lat: number, kind: Place['kind'] = 'city'): Place => ({ id, name: id, kind, lon, lat });

describe('dataFrame: the view around most of the mentions', () => {
  const kherson = [place('kherson', 32.6, 46.6), place('nova-kakhovka', 33.35, 46.75), place('mykolaiv', 32.0, 46.97), place('melitopol', 35.37, 46.85)];
  const weights: Record<string, number> = { kherson: 30, 'nova-kakhovka': 5, mykolaiv: 4, melitopol: 3, lagos: 1, washington: 2, russia: 50 };
  const weight = (id: string) => weights[id] ?? 0;

  it('one mention of Lagos (or a country\'s centroid) does not zoom a regional story out to the world', () => {
    const [[w, s], [e, n]] = dataFrame([...kherson, place('lagos', 3.39, 6.45), place('washington', -77.04, 38.9), place('russia', 97, 62, 'country')], weight);
    expect(w).toBeGreaterThan(25);
    expect(e).toBeLessThan(40);
    expect(s).toBeGreaterThan(40);
    expect(n).toBeLessThan(52);
    for (const p of kherson.slice(0, 3)) expect(p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n).toBe(true);
  });

  it('keeps places near the core of the story even when they have few mentions', () => {
    const us = [place('chicago', -87.6, 41.9), place('new-york', -74, 40.7), place('washington', -77, 38.9), place('houston', -95.4, 29.8),
      place('phoenix', -112.1, 33.4)];
    const w8 = (id: string) => ({ chicago: 3, 'new-york': 3, washington: 3, houston: 2, phoenix: 1, london: 1 })[id] ?? 0;
    const [[w, s], [e, n]] = dataFrame([...us, place('london', -0.1, 51.5)], w8);
    for (const p of us) expect(p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n, p.id).toBe(true);
    expect(e).toBeLessThan(-60);
  });

  it('a single place gets some surroundings; no mentions at all gives the world', () => {
    const [[w, s], [e, n]] = dataFrame([place('kyiv', 30.5, 50.45)], () => 1);
    expect(e - w).toBeGreaterThanOrEqual(2);
    expect(n - s).toBeGreaterThanOrEqual(2);
    expect(dataFrame([place('kyiv', 30.5, 50.45)], () => 0)[0][0]).toBeLessThan(-100);
  });
});

describe('kind symbols', () => {
  it('settlements, areas, water and landforms get their own symbol; unknown kinds a neutral one', () => {
    expect(kindSymbol('city')).toBe('settlement');
    expect(kindSymbol('admin1')).toBe('area');
    expect(kindSymbol('continent')).toBe('area');
    expect(kindSymbol('sea')).toBe('water');
    expect(kindSymbol('strait')).toBe('water');
    expect(kindSymbol('mountains')).toBe('landform');
    expect(kindSymbol('something-new')).toBe('other');
  });

  it('place points carry their symbol and leave out what is drawn elsewhere', () => {
    const points = placePoints([place('kyiv', 30.5, 50.45), place('black-sea', 34, 43, 'sea'), place('crimea', 34, 45, 'admin1')], () => 2, new Set(['crimea']));
    expect(points.features.map((f) => [f.id, f.properties?.symbol, f.properties?.total])).toEqual([['kyiv', 'settlement', 2], ['black-sea', 'water', 2]]);
  });
});

describe('world basemap detail', () => {
  it('is needed only when zoomed in beyond the regional box', () => {
    expect(needsWorldDetail([25, 44, 40, 51], 6)).toBe(false);
    expect(needsWorldDetail([-100, 30, -80, 45], 2)).toBe(false);
    expect(needsWorldDetail([-100, 30, -80, 45], 4)).toBe(true);
  });
});

describe('overlay layers from the story', () => {
  const story = parseStory(JSON.stringify({
    title: 'T',
    overlays: [
      { name: 'claims', file: 'c.geojson', label: 'Claims', style: 'hatched-area', color: '#b91c1c', colorBy: { property: 'claim', values: { '2014': '#6d28d9' } },
        facts: [{ property: 'annexed', label: 'Claimed', short: 'claimed', effect: 'appears' }] },
      { name: 'dam', file: 'd.geojson', label: 'Dam', style: 'structure', facts: [{ property: 'destroyed', label: 'Destroyed', short: 'destroyed', effect: 'ends' }] },
      { name: 'river', file: 'r.geojson', label: 'River', style: 'river' },
    ],
  }));
  const [claims, dam, river] = story.overlays;

  it('every layer id starts with the overlay\'s name', () => {
    expect(overlayLayerIds(claims)).toEqual(['claims-fill', 'claims-hatch', 'claims-outline', 'claims-label']);
    expect(overlayLayerIds(dam)).toEqual(['dam-line', 'dam-symbol', 'dam-ended']);
    expect(overlayLayerIds(river)).toEqual(['river-casing', 'river-line', 'river-label']);
  });

  it('an "appears" fact filters the layer by the as-of day; an "ends" fact adds a marker layer filtered the same way', () => {
    const fill = overlayLayers(claims).below[0] as { filter?: unknown };
    expect(JSON.stringify(fill.filter)).toContain('"global-state","asOf"');
    expect(JSON.stringify(fill.filter)).toContain('"annexed"');
    const ended = overlayLayers(dam).above.find((l) => l.id === 'dam-ended') as { filter?: unknown };
    expect(JSON.stringify(ended.filter)).toContain('"destroyed"');
    expect((overlayLayers(river).above[1] as { filter?: unknown }).filter).toBeUndefined();
  });

  it('the style holds every overlay that loaded, with its sources, and none that failed', () => {
    const data: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', properties: { id: 'a', name: 'A', annexed: '2022-09-30', claim: '2022' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] };
    const registry = createOverlayRegistry([{ overlay: claims, data }, { overlay: dam, problem: 'missing' }]);
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const style = buildStyle({ regional: { land: empty, countries: empty, admin1: empty, borders: empty, water: empty, cities: empty }, registry, places: { type: 'FeatureCollection', features: [] }, baseUrl: '/', asOf: '2022-06-30' });
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) if ('source' in layer) expect(style.sources[layer.source as string], layer.id).toBeDefined();
    expect(ids).toContain('claims-fill');
    expect(ids.some((id) => id.startsWith('dam-'))).toBe(false);
    expect(style.state).toEqual({ asOf: { default: '2022-06-30' } });
    expect(interactiveLayers(registry)).toContain('claims-fill');
    expect((style.sources['world-land-110m'] as { data: string }).data).toBe('/basemap/world-land-110m.geojson');
  });
});
