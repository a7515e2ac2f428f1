/**
 * npm run eval -- <file.xml> [...] [--errors N]
 *
 * Geoparsing evaluation on the public benchmark formats (GeoWebNews, LGL, TR-News): runs the real
 * ingest pipeline on each article's text and prints geotagging precision/recall/F1 (a predicted
 * span overlapping a gold span is a match, one to one) and, on the matched toponyms, accuracy
 * within 161 km, median and mean error in km and the AUC of the log error (Gritta et al. 2020).
 * `--errors N` also lists the N most frequent missed, spurious and far-off names (to find the
 * error classes). Exit 2 when a file is not one of the formats.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../src/lib/gazetteer/index';
import { readBenchmark, BenchmarkFormatError, type Benchmark } from './eval/read';
import { summarise, type ArticleScore } from './eval/score';
import { evaluate } from './eval/run';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'string' } } });
if (!positionals.length) {
  console.error('usage: npm run eval -- <file.xml> [...] [--errors N]');
  process.exit(2);
}

const benches: [string, Benchmark][] = [];
for (const file of positionals) {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`eval: cannot read ${file}: ${(e as Error).message}`);
    process.exit(2);
  }
  try {
    benches.push([file, readBenchmark(xml, file)]);
  } catch (e) {
    if (e instanceof BenchmarkFormatError) { console.error(`eval: ${e.message}`); process.exit(2); }
    throw e;
  }
}

const fmt = (x: number, digits = 3) => (Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const started = performance.now();
const gazetteer = loadGazetteer();
console.log(`gazetteer: ${gazetteer.size} entries loaded in ${(performance.now() - started).toFixed(0)} ms`);

function top(items: string[], n: number): string {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([s, c]) => `${s} ×${c}`).join(', ');
}

for (const [file, bench] of benches) {
  const t0 = performance.now();
  const { scores, unaligned } = evaluate(bench, gazetteer);
  const s = summarise(scores);
  const gold = bench.articles.reduce((n, a) => n + a.toponyms.filter((g) => g.isPlace && g.lat !== undefined).length, 0);
  console.log(`\n${file} (${bench.format}): ${bench.articles.length} articles, ${gold} gold toponyms with coordinates, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`  geotagging   precision ${fmt(s.precision)}  recall ${fmt(s.recall)}  F1 ${fmt(s.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`);
  console.log(`  geocoding    accuracy@161km ${fmt(s.accuracy161)}  median ${fmt(s.medianKm, 1)} km  mean ${fmt(s.meanKm, 1)} km  AUC ${fmt(s.auc)}   (on ${s.matched} matched)`);
  if (unaligned) console.log(`  (${unaligned} predicted mentions could not be placed back in the original text)`);
  const n = Number(values.errors ?? 0);
  if (n > 0) {
    const textOf = (i: number, span: { start: number; end: number }) => bench.articles[i].text.slice(span.start, span.end);
    const all = (pick: (sc: ArticleScore, i: number) => string[]) => scores.flatMap(pick);
    console.log(`  missed:   ${top(all((sc, i) => sc.falseNegatives.map((g) => textOf(i, g))), n)}`);
    const missedByType = all((sc) => sc.falseNegatives.map((g) => g.type ?? 'untyped'));
    console.log(`  missed by type: ${top(missedByType, 20)}`);
    console.log(`  spurious: ${top(all((sc, i) => sc.falsePositives.map((p) => `${textOf(i, p)}→${p.place}`)), n)}`);
    console.log(`  far off:  ${top(all((sc) => sc.matched.filter((m) => m.errorKm > 161).map((m) => `${m.gold.name}→${m.predicted.place}`)), n)}`);
  }
}
