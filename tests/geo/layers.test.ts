import { describe, expect, it } from 'vitest';
import {
  area, booleanPointInPolygon, distance, featureCollection, intersect, length, lineIntersect, point, pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { GEONAMES, featureById, geonamesPoint, pointOf, readGeo } from './helpers';
import { OBLAST_IDS } from '../../scripts/geo/files';

type Area = Feature<Polygon | MultiPolygon>;
const inside = (p: [number, number], f: Feature) => booleanPointInPolygon(point(p), f as Area);

describe('geo/kakhovka-dam.geojson', () => {
  const dam = featureById('kakhovka-dam.geojson', 'kakhovka-dam') as Feature<LineString>;
  const river = featureById('dnipro.geojson', 'dnipro') as Feature<LineString>;

  it('crosses the Dnipro line', () => {
    expect(lineIntersect(dam, river).features.length).toBeGreaterThanOrEqual(1);
  });

  it('is 2.8–3.6 km long, centred near 46.777N 33.370E', () => {
    const km = length(dam, { units: 'kilometers' });
    expect(km).toBeGreaterThan(2.8);
    expect(km).toBeLessThan(3.6);
    const [a, b] = [dam.geometry.coordinates[0], dam.geometry.coordinates[dam.geometry.coordinates.length - 1]];
    expect(distance(point([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]), point([33.37, 46.777]))).toBeLessThan(0.5);
  });

  it('reaches the left bank at Nova Kakhovka with its south-eastern end', () => {
    const nk = { coordinates: pointOf(featureById('nova-kakhovka.geojson', 'nova-kakhovka')) };
    const ends = [dam.geometry.coordinates[0], dam.geometry.coordinates[dam.geometry.coordinates.length - 1]].sort((x, y) => y[1] - x[1]);
    const [nw, se] = ends;
    expect(distance(point(se), point(nk.coordinates))).toBeLessThan(distance(point(nw), point(nk.coordinates)));
  });

  it('says when it was completed and destroyed', () => {
    expect(dam.properties).toMatchObject({ kind: 'dam', completed: 1956, destroyed: '2023-06-06', name_en: 'Kakhovka Dam' });
  });
});

describe('geo/kherson.geojson and geo/nova-kakhovka.geojson', () => {
  const oblast = featureById('basemap-admin1.geojson', 'kherson-oblast') as Area;

  it.each([
    ['kherson.geojson', 'kherson'],
    ['nova-kakhovka.geojson', 'nova-kakhovka'],
  ])('%s: the point lies in (or within 2 km of) the kherson-oblast polygon', (file, id) => {
    const f = featureById(file, id);
    expect(f.geometry.type).toBe('Point');
    const p = pointOf(f);
    expect(Math.max(0, pointToPolygonDistance(point(p), oblast, { units: 'kilometers' }))).toBeLessThan(2);
    expect(f.properties).toMatchObject({ kind: 'city', parent: 'kherson-oblast' });
    expect(f.properties.population).toBeGreaterThan(40_000);
  });

  it('Kherson is at the city centre, within 2.5 km of GeoNames\' point, and retaken on 2022-11-11', () => {
    const f = featureById('kherson.geojson', 'kherson');
    expect((f.geometry as { coordinates: number[] }).coordinates).toEqual([32.6169, 46.6354]);
    expect(distance(point((f.geometry as { coordinates: number[] }).coordinates), point(geonamesPoint(GEONAMES.kherson)))).toBeLessThan(2.5);
    expect(f.properties.retaken).toBe('2022-11-11');
  });
});

describe('geo/annexed-oblasts.geojson', () => {
  const fc = readGeo('annexed-oblasts.geojson');
  const containedBySome = (p: [number, number]) => fc.features.some((f) => inside(p, f));

  it('has the six claimed units with iso, id and annexation date', () => {
    const byId = Object.fromEntries(fc.features.map((f) => [f.id, f.properties]));
    expect(Object.keys(byId).sort()).toEqual(['crimea', 'donetsk-oblast', 'kherson-oblast', 'luhansk-oblast', 'sevastopol', 'zaporizhzhia-oblast']);
    expect(byId['kherson-oblast']).toMatchObject({ iso: 'UA-65', annexed: '2022-09-30', claim: '2022' });
    expect(byId['zaporizhzhia-oblast']).toMatchObject({ iso: 'UA-23', annexed: '2022-09-30', claim: '2022' });
    expect(byId['donetsk-oblast']).toMatchObject({ iso: 'UA-14', annexed: '2022-09-30', claim: '2022' });
    expect(byId['luhansk-oblast']).toMatchObject({ iso: 'UA-09', annexed: '2022-09-30', claim: '2022' });
    expect(byId.crimea).toMatchObject({ iso: 'UA-43', annexed: '2014-03-18', claim: '2014' });
    expect(byId.sevastopol).toMatchObject({ iso: 'UA-40', annexed: '2014-03-18', claim: '2014' });
  });

  it.each(['mariupol', 'melitopol', 'luhansk', 'simferopol', 'sevastopol', 'donetsk'] as const)('contains %s (GeoNames)', (city) => {
    expect(containedBySome(geonamesPoint(GEONAMES[city]))).toBe(true);
  });

  it.each(['mykolaiv', 'dnipro', 'kharkiv', 'kyiv'] as const)('does not contain %s (GeoNames)', (city) => {
    expect(containedBySome(geonamesPoint(GEONAMES[city]))).toBe(false);
  });

  it('puts Sevastopol city in the sevastopol unit and Simferopol in crimea', () => {
    const byId = new Map(fc.features.map((f) => [f.id, f]));
    expect(inside(geonamesPoint(GEONAMES.sevastopol), byId.get('sevastopol')!)).toBe(true);
    expect(inside(geonamesPoint(GEONAMES.simferopol), byId.get('crimea')!)).toBe(true);
  });
});

describe('geo/basemap-countries.geojson (de jure)', () => {
  const ukraine = featureById('basemap-countries.geojson', 'ukraine') as Area;
  const russia = featureById('basemap-countries.geojson', 'russia') as Area;

  it('Ukraine contains Simferopol and Sevastopol; Russia does not', () => {
    for (const city of ['simferopol', 'sevastopol'] as const) {
      expect(inside(geonamesPoint(GEONAMES[city]), ukraine)).toBe(true);
      expect(inside(geonamesPoint(GEONAMES[city]), russia)).toBe(false);
    }
  });

  it('Ukraine contains Kyiv, Donetsk and Luhansk; Russia contains Moscow', () => {
    for (const city of ['kyiv', 'donetsk', 'luhansk'] as const) expect(inside(geonamesPoint(GEONAMES[city]), ukraine)).toBe(true);
    expect(inside(geonamesPoint(GEONAMES.moscow), russia)).toBe(true);
  });

  it('no other country overlaps Ukraine', () => {
    for (const f of readGeo('basemap-countries.geojson').features) {
      if (f.id === 'ukraine') continue;
      const overlap = intersect(featureCollection([f as Area, ukraine]));
      expect(overlap ? area(overlap) : 0, String(f.id)).toBeLessThan(1e6); // < 1 km² (rounding)
    }
  });

  it('gives every country an ISO alpha-2 code and Ukraine UA', () => {
    const fc = readGeo('basemap-countries.geojson');
    for (const f of fc.features) expect(f.properties.iso).toMatch(/^[A-Z]{2}$/);
    expect(ukraine.properties).toMatchObject({ iso: 'UA', name: 'Ukraine', name_uk: 'Україна', name_ru: 'Украина' });
  });
});

describe('geo/basemap-admin1.geojson', () => {
  const fc = readGeo('basemap-admin1.geojson');

  it('has the 27 units with distinct ISO 3166-2 codes', () => {
    expect(fc.features.map((f) => f.id).sort()).toEqual([...OBLAST_IDS].sort());
    const isos = fc.features.map((f) => f.properties.iso as string);
    expect(new Set(isos).size).toBe(27);
    for (const iso of isos) expect(iso).toMatch(/^UA-\d\d$/);
    expect(fc.features.find((f) => f.id === 'vinnytsia-oblast')!.properties.iso).toBe('UA-05');
    expect(fc.features.find((f) => f.id === 'kyiv-city')!.properties.iso).toBe('UA-30');
    expect(fc.features.find((f) => f.id === 'kyiv-oblast')!.properties.iso).toBe('UA-32');
  });

  it('tiles Ukraine: no two units overlap, no gaps or holes, together exactly the country polygon', () => {
    const ukraine = featureById('basemap-countries.geojson', 'ukraine') as Area;
    const sum = fc.features.reduce((n, f) => n + area(f as Area), 0);
    expect(Math.abs(sum - area(ukraine)) / area(ukraine)).toBeLessThan(1e-6);
    expect((ukraine.geometry as MultiPolygon).coordinates.every((p) => p.length === 1)).toBe(true);
    for (let i = 0; i < fc.features.length; i++) {
      for (let j = i + 1; j < fc.features.length; j++) {
        const overlap = intersect(featureCollection([fc.features[i] as Area, fc.features[j] as Area]));
        expect(overlap ? area(overlap) : 0, `${String(fc.features[i].id)} / ${String(fc.features[j].id)}`).toBeLessThan(1000); // < 0.001 km²
      }
    }
  });

  it('has its label point inside each unit', () => {
    for (const f of fc.features) expect(inside([f.properties.label_lon as number, f.properties.label_lat as number], f), String(f.id)).toBe(true);
  });

  it('puts every Ukrainian city of the basemap in exactly one unit (no overlaps), the one named as its parent', () => {
    const cities = readGeo('basemap-cities.geojson').features.filter((c) => c.properties.country === 'UA');
    expect(cities.length).toBeGreaterThan(90);
    for (const c of cities) {
      const p = pointOf(c);
      const hits = fc.features.filter((f) => inside(p, f)).map((f) => f.id);
      expect(hits.length, String(c.id)).toBeLessThanOrEqual(1);
      if (hits.length === 1) expect(hits[0], String(c.id)).toBe(c.properties.parent);
    }
  });

  it('puts GeoNames\' Kherson, Mariupol and Kyiv in the right units', () => {
    const unitOf = (p: [number, number]) => fc.features.find((f) => inside(p, f))?.id;
    expect(unitOf(geonamesPoint(GEONAMES.kherson))).toBe('kherson-oblast');
    expect(unitOf(geonamesPoint(GEONAMES.mariupol))).toBe('donetsk-oblast');
    expect(unitOf(geonamesPoint(GEONAMES.kyiv))).toBe('kyiv-city');
  });
});

describe('geo/basemap-borders.geojson', () => {
  const fc = readGeo('basemap-borders.geojson');

  it('has level-0 borders between Ukraine and each land neighbour, and none between Crimea and Russia', () => {
    const ids = new Set(fc.features.map((f) => f.id));
    for (const n of ['belarus', 'hungary', 'moldova', 'poland', 'romania', 'russia', 'slovakia']) expect(ids.has(`border-${n}-ukraine`) || ids.has(`border-ukraine-${n}`), n).toBe(true);
    const ruUa = fc.features.find((f) => f.id === 'border-russia-ukraine')!;
    const lines = ruUa.geometry.type === 'LineString' ? [(ruUa.geometry as LineString).coordinates] : (ruUa.geometry as { coordinates: number[][][] }).coordinates;
    // The Russia–Ukraine land border runs from the Sea of Azov (≈ 47.1N) northwards; nothing in Crimea.
    for (const l of lines) for (const [, lat] of l) expect(lat).toBeGreaterThan(46.9);
  });

  it('marks oblast borders level 1, including Crimea–Kherson (Perekop)', () => {
    const f = fc.features.find((x) => x.id === 'border-crimea-kherson-oblast');
    expect(f?.properties.level).toBe(1);
    for (const x of fc.features) expect([0, 1]).toContain(x.properties.level);
  });
});

describe('geo/basemap-cities.geojson', () => {
  const fc = readGeo('basemap-cities.geojson');

  it('ranks by population, flags capitals and curates names for big Ukrainian cities', () => {
    const sorted = [...fc.features].sort((a, b) => (a.properties.rank as number) - (b.properties.rank as number));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1].properties.population as number).toBeGreaterThanOrEqual(sorted[i].properties.population as number);
    const byId = new Map(fc.features.map((f) => [f.id, f.properties]));
    expect(byId.get('kyiv')).toMatchObject({ capital: true, name_uk: 'Київ', name_ru: 'Киев', country: 'UA', parent: 'kyiv-city' });
    expect(byId.get('zaporizhzhia')).toMatchObject({ name_uk: 'Запоріжжя', name_ru: 'Запорожье', parent: 'zaporizhzhia-oblast' });
    expect(byId.get('moscow')).toMatchObject({ capital: true, country: 'RU', name_ru: 'Москва' });
    expect(byId.get('kharkiv')).toMatchObject({ capital: false });
    for (const f of fc.features) {
      if (f.properties.country === 'UA' && (f.properties.population as number) >= 100_000) expect(f.properties.name_fallback, String(f.id)).toBeUndefined();
    }
  });
});
