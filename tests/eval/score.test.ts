/** Geotagging and geocoding scores on hand-made gold and predictions. */
import { describe, expect, it } from 'vitest';
import { greatCircleKm, MAX_ERROR_KM, scoreArticle, summarise, type PredictedToponym } from '../../scripts/eval/score';
import { alignSpans } from '../../scripts/eval/align';
import type { GoldToponym } from '../../scripts/eval/read';

const gold = (start: number, end: number, lat?: number, lon?: number, isPlace = true): GoldToponym => ({ start, end, name: 'x', lat, lon, isPlace });
const predicted = (start: number, end: number, lat: number, lon: number): PredictedToponym => ({ start, end, lat, lon, place: 'p' });

describe('scoring', () => {
  it('matches overlapping spans one to one; unscorable golds neither count nor penalise', () => {
    const s = scoreArticle(
      [gold(0, 5, 0, 0), gold(10, 20, 0, 0), gold(30, 35), gold(40, 47, undefined, undefined, false)],
      [predicted(2, 4, 0, 0), predicted(3, 5, 0, 0), predicted(12, 25, 0, 1), predicted(30, 35, 0, 0), predicted(40, 47, 0, 0)],
    );
    expect(s.truePositives).toBe(2);
    // the second prediction on the first gold, and the one on the demonym, are false positives
    expect(s.falsePositives.map((p) => p.start)).toEqual([3, 40]);
    expect(s.falseNegatives).toEqual([]);
    expect(s.matched[1].errorKm).toBeCloseTo(111.2, 0);
  });

  it('summarises precision, recall, F1, accuracy@161 km, median, mean and AUC', () => {
    const a = scoreArticle([gold(0, 5, 0, 0), gold(10, 15, 0, 0), gold(20, 25, 0, 0)], [predicted(0, 5, 0, 0), predicted(10, 15, 0, 2), predicted(50, 55, 0, 0)]);
    const s = summarise([a]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.accuracy161).toBe(0.5);
    const far = greatCircleKm(0, 0, 0, 2);
    expect(s.medianKm).toBeCloseTo(far / 2);
    expect(s.meanKm).toBeCloseTo(far / 2);
    expect(s.auc).toBeCloseTo(Math.log(1 + far) / (2 * Math.log(MAX_ERROR_KM)));
  });
});

describe('placing cleaned-text mentions back in the original', () => {
  it('takes the occurrence nearest to where the mention is expected, across changed whitespace', () => {
    const original = 'Kherson  is\nquiet. In Kherson and in New\n York, Kherson';
    const spans = alignSpans(original, [{ surface: 'Kherson', start: 20 }, { surface: 'New York', start: 34 }]);
    expect(spans.map((s) => s && original.slice(s.start, s.end))).toEqual(['Kherson', 'New\n York']);
    expect(spans[0]!.start).toBe(22);
  });
});
