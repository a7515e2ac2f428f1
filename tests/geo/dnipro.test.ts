import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, length, lineString, point, pointToLineDistance } from '@turf/turf';
import { feature } from 'topojson-client';
import { createRequire } from 'node:module';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { featureById, readGeo } from './helpers';

const river = featureById('dnipro.geojson', 'dnipro') as Feature<LineString>;
const coords = river.geometry.coordinates;
const km = (lon: number, lat: number) => pointToLineDistance(point([lon, lat]), river, { units: 'kilometers' });

/**
 * Points in the river channel (not city centroids, which can be kilometres from the water), with
 * where each comes from. The line must pass within 2 km of each.
 */
const CHANNEL_POINTS = [
  { at: 'Kyiv: Paton Bridge, mid-river (Wikipedia: 50°25′38″N 30°34′55″E)', lon: 30.58194, lat: 50.42722 },
  { at: 'Kyiv: the story\'s river-channel point by the centre', lon: 30.57, lat: 50.45 },
  { at: 'Dnipro: Monastyrskyi Island in the river (Wikipedia: 48°27′58″N 35°04′27″E)', lon: 35.0743, lat: 48.4662 },
  { at: 'Dnipro: the story\'s river-channel point', lon: 35.05, lat: 48.46 },
  { at: 'Zaporizhzhia: Khortytsia island, mid-river (Wikipedia: 47°49′12″N 35°06′00″E)', lon: 35.1, lat: 47.82 },
  { at: 'Zaporizhzhia: the story\'s point by Khortytsia', lon: 35.13, lat: 47.83 },
  { at: 'Kakhovka Dam (story: 33.370E 46.777N)', lon: 33.37, lat: 46.777 },
  { at: 'Kherson: the story\'s river-channel point just south of the city', lon: 32.62, lat: 46.62 },
  { at: 'Kherson: Antonivskyi road bridge, mid-river (Wikipedia de: 46°40′09″N 32°43′14″E)', lon: 32.72056, lat: 46.66917 },
];

describe('geo/dnipro.geojson', () => {
  it('is one LineString feature, id dnipro, kind river', () => {
    const fc = readGeo('dnipro.geojson');
    expect(fc.features).toHaveLength(1);
    expect(river.geometry.type).toBe('LineString');
    expect(river.properties).toMatchObject({ id: 'dnipro', kind: 'river', name: 'Dnipro', name_uk: 'Дніпро', name_ru: 'Днепр' });
  });

  it.each(CHANNEL_POINTS)('passes within 2 km of the river at $at', ({ lon, lat }) => {
    expect(km(lon, lat)).toBeLessThan(2);
  });

  it('does not pass through city centres far from the water: Dnipro city centre (GeoNames) is > 1 km away', () => {
    expect(km(35.03865, 48.4593)).toBeGreaterThan(1);
  });

  it('starts at the Belarus border north of 51N', () => {
    const [lon, lat] = coords[0];
    expect(lat).toBeGreaterThan(51);
    expect(lon).toBeGreaterThan(30.3);
    expect(lon).toBeLessThan(30.9);
    const border = featureById('basemap-borders.geojson', 'border-belarus-ukraine');
    const lines = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : (border.geometry as { coordinates: number[][][] }).coordinates;
    const toBorder = Math.min(...lines.map((l) => pointToLineDistance(point(coords[0]), lineString(l), { units: 'kilometers' })));
    expect(toBorder).toBeLessThan(2);
  });

  it('ends west of 32.3E, in the estuary (water in Natural Earth 10m land), not on land', () => {
    const [lon, lat] = coords[coords.length - 1];
    expect(lon).toBeLessThan(32.3);
    expect(lat).toBeGreaterThan(46.4);
    expect(lat).toBeLessThan(46.65);
    const topo = createRequire(import.meta.url)('world-atlas/land-10m.json');
    const land = feature(topo, topo.objects.land) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
    expect(land.features.some((f) => booleanPointInPolygon(point([lon, lat]), f))).toBe(false);
  });

  it('flows from north to south, stays inside Ukraine\'s latitudes and is about as long as the river in Ukraine', () => {
    expect(coords[0][1]).toBeGreaterThan(coords[coords.length - 1][1]);
    for (const [lon, lat] of coords) {
      expect(lat).toBeGreaterThan(46.4);
      expect(lat).toBeLessThan(51.4);
      expect(lon).toBeGreaterThan(30.2);
      expect(lon).toBeLessThan(35.3);
    }
    // 981 km of the Dnipro's course is in Ukraine; a 50m generalisation is shorter.
    expect(length(river, { units: 'kilometers' })).toBeGreaterThan(800);
    expect(length(river, { units: 'kilometers' })).toBeLessThan(1100);
  });

  it('has coordinates rounded to at most 5 decimals', () => {
    for (const [lon, lat] of coords) {
      expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
      expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
    }
  });
});
