/**
 * Geotagging and geocoding scores as in the literature (Gritta et al. 2020; Wang and Hu 2019):
 * a predicted span overlapping a gold place span is a match, one to one; on the matched toponyms,
 * the error distance from the gold coordinates.
 */
import type { GoldToponym } from './read';

export interface PredictedToponym {
  start: number;
  end: number;
  lat: number;
  lon: number;
  place: string;
}

export interface MatchedPair { gold: GoldToponym; predicted: PredictedToponym; errorKm: number }

export interface ArticleScore {
  truePositives: number;
  falsePositives: PredictedToponym[];
  falseNegatives: GoldToponym[];
  matched: MatchedPair[];
}

const EARTH_DIAMETER_KM = 12742;
/** Half the Earth's circumference: the largest possible error, the AUC's scale (Gritta et al.). */
export const MAX_ERROR_KM = 20039;

export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return EARTH_DIAMETER_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Gold place toponyms with coordinates are what is to be found. A prediction on a gold place
 * without coordinates is neither right nor wrong (it cannot be checked); one on a non-place
 * annotation (a demonym) or on nothing is a false positive.
 */
export function scoreArticle(gold: readonly GoldToponym[], predicted: readonly PredictedToponym[]): ArticleScore {
  const targets = gold.filter((g) => g.isPlace && g.lat !== undefined && g.lon !== undefined);
  const unscorable = gold.filter((g) => g.isPlace && (g.lat === undefined || g.lon === undefined));
  const used = new Set<PredictedToponym>();
  const matched: MatchedPair[] = [];
  const falseNegatives: GoldToponym[] = [];
  for (const g of targets) {
    const p = predicted.find((x) => !used.has(x) && overlaps(x, g));
    if (!p) { falseNegatives.push(g); continue; }
    used.add(p);
    matched.push({ gold: g, predicted: p, errorKm: greatCircleKm(g.lat!, g.lon!, p.lat, p.lon) });
  }
  const falsePositives = predicted.filter((p) => !used.has(p) && !unscorable.some((g) => overlaps(g, p)));
  return { truePositives: matched.length, falsePositives, falseNegatives, matched };
}

export interface Summary {
  precision: number; recall: number; f1: number;
  matched: number; accuracy161: number; medianKm: number; meanKm: number; auc: number;
  truePositives: number; falsePositives: number; falseNegatives: number;
}

export function summarise(scores: readonly ArticleScore[]): Summary {
  let tp = 0, fp = 0, fn = 0;
  const errors: number[] = [];
  for (const s of scores) {
    tp += s.truePositives; fp += s.falsePositives.length; fn += s.falseNegatives.length;
    for (const m of s.matched) errors.push(m.errorKm);
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  errors.sort((a, b) => a - b);
  const n = errors.length;
  const median = n === 0 ? NaN : n % 2 ? errors[(n - 1) / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
  return {
    precision, recall, f1, matched: n,
    accuracy161: n ? errors.filter((e) => e <= 161).length / n : NaN,
    medianKm: median,
    meanKm: n ? errors.reduce((s, e) => s + e, 0) / n : NaN,
    auc: n ? errors.reduce((s, e) => s + Math.log(1 + e), 0) / (n * Math.log(MAX_ERROR_KM)) : NaN,
    truePositives: tp, falsePositives: fp, falseNegatives: fn,
  };
}
