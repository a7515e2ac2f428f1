import { describe, expect, it } from 'vitest';
import { chainLines, nodeRings, roundGeometry, roundTo, stringifyFeatureCollection } from '../../src/lib/geo/index';
import { nameProperties } from '../../scripts/geo/names';
import { slugify } from '../../src/lib/names/index';

describe('chainLines', () => {
  it('joins pieces end to end in order, reversing where needed', () => {
    const pieces = [
      [[2, 0], [3, 0]],
      [[0, 0], [1, 0]],
      [[2, 0], [1, 0]], // reversed
    ];
    expect(chainLines(pieces, 0)).toEqual([[[0, 0], [1, 0], [2, 0], [3, 0]]]);
  });

  it('bridges gaps within the tolerance and keeps farther pieces apart', () => {
    const pieces = [[[0, 0], [1, 0]], [[1.01, 0], [2, 0]], [[5, 5], [6, 6]]];
    expect(chainLines(pieces, 0.02)).toEqual([[[0, 0], [1, 0], [1.01, 0], [2, 0]], [[5, 5], [6, 6]]]);
    expect(chainLines(pieces, 0.001)).toHaveLength(3);
  });
});

describe('nodeRings', () => {
  it('inserts a neighbour\'s vertex that lies on a segment (T-junction), so both sides share the run', () => {
    const left = [[0, 0], [1, 0], [1, 2], [0, 2], [0, 0]]; // its east side 1,0 → 1,2 has no vertex at 1,1
    const right = [[1, 0], [2, 0], [2, 2], [1, 2], [1, 1], [1, 0]];
    const [l, r] = nodeRings([left, right], 1e-9);
    expect(l).toEqual([[0, 0], [1, 0], [1, 1], [1, 2], [0, 2], [0, 0]]);
    expect(r).toEqual(right);
  });

  it('ignores points off the segment or at its ends', () => {
    const a = [[0, 0], [2, 0], [2, 2], [0, 0]];
    const b = [[1, 0.1], [3, 3], [4, 4], [1, 0.1]];
    expect(nodeRings([a, b], 1e-6)[0]).toEqual(a);
  });
});

describe('roundGeometry', () => {
  it('rounds and drops the duplicates rounding creates', () => {
    expect(roundGeometry({ type: 'LineString', coordinates: [[1.000001, 2], [1.000004, 2], [3.123456, 4.987654]] }, 4))
      .toEqual({ type: 'LineString', coordinates: [[1, 2], [3.1235, 4.9877]] });
  });

  it('drops rings that collapse and never writes -0', () => {
    const tiny = [[0, 0], [0.00001, 0], [0.00001, 0.00001], [0, 0]];
    const big = [[-0.00001, 0], [1, 0], [1, 1], [-0.00001, 0]];
    expect(roundGeometry({ type: 'MultiPolygon', coordinates: [[tiny], [big]] }, 4)).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
    expect(roundGeometry({ type: 'Polygon', coordinates: [tiny] }, 4)).toBeUndefined();
    expect(Object.is(roundTo(-0.00001, 4), 0)).toBe(true);
  });
});

describe('stringifyFeatureCollection', () => {
  it('is the same text whatever the order of features and property keys', () => {
    const a = { id: 'b', properties: { z: 1, a: { y: 2, x: 1 } }, geometry: { type: 'Point' as const, coordinates: [1, 2] } };
    const b = { id: 'a', properties: { b: 2, a: 1 }, geometry: { type: 'Point' as const, coordinates: [3, 4] } };
    const one = stringifyFeatureCollection([a, b]);
    const two = stringifyFeatureCollection([b, { ...a, properties: { a: { x: 1, y: 2 }, z: 1 } }]);
    expect(one).toBe(two);
    expect(one.indexOf('"id":"a"')).toBeLessThan(one.indexOf('"id":"b"'));
    expect(JSON.parse(one).features).toHaveLength(2);
    expect(one.endsWith('\n')).toBe(true);
  });
});

describe('names', () => {
  it('slugify makes ASCII ids', () => {
    expect(slugify('Bosnia and Herzegovina')).toBe('bosnia-and-herzegovina');
    expect(slugify('Chișinău')).toBe('chisinau');
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Adapazarı')).toBe('adapazari');
    expect(slugify("Kam'yanets'-Podil's'kyy")).toBe('kamyanets-podilskyy');
  });

  it('nameProperties writes name and name_<lang> for the curated languages only', () => {
    expect(nameProperties({ en: 'Kherson', uk: 'Херсон', ru: 'Херсон', de: 'Cherson' }))
      .toEqual({ name: 'Kherson', name_en: 'Kherson', name_uk: 'Херсон', name_ru: 'Херсон', name_de: 'Cherson' });
  });
});
