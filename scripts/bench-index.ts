/**
 * Benchmark of the query index (`npm run bench:index [-- sizes…]`, default 10k 100k 1M 5M mentions).
 *
 * For each synthetic dataset (deterministic: seeded PRNG; 2k places with Zipf-like popularity,
 * ~20 mentions per article, dates over 120 days, 3% undated articles, 25% mentions with event
 * dates) it measures the index build, then what one date-range change costs the UI: recomputing
 * every place's count AND the selected place's excerpt list (the article groups, plus the excerpt
 * objects of the first screen of groups; the rest are built lazily on scroll). The selected place
 * is the most-mentioned one (the worst case). Building every excerpt object is timed as well. The
 * same random ranges are replayed through a naive full scan (string dates, a Map, filter + group +
 * sort) for the ratios, and a few are checked for equal answers. Exits 1 when the median range
 * change at 100k or at 5M mentions (a year of a newsroom's archive) misses one 60 Hz frame (16 ms).
 */
import { buildIndex, type DateBasis, type ExcerptList, type Query } from '../src/lib/index/index';
import { naiveCounts, naiveExcerpts } from '../tests/support/naive';
import { syntheticDataset } from '../tests/support/synthetic';
import { seededRandom } from '../tests/support/random';
import { dayNumber, dayString } from '../src/lib/days/index';

const FRAME_MS = 16;
const TARGET_SIZES = [100_000, 5_000_000];
const RANGES = 200;

function parseSizes(args: string[]): number[] {
  if (args.length === 0) return [10_000, 100_000, 1_000_000, 5_000_000];
  return args.map((a) => {
    const n = Number(a.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
    if (!Number.isInteger(n) || n <= 0) {
      console.error(`bench-index: "${a}" is not a mention count (e.g. 100000, 100k, 1m)`);
      process.exit(2);
    }
    return n;
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
}

function randomQueries(n: number, seed: number, firstDay: string, span: number): Query[] {
  const rand = seededRandom(seed);
  const first = dayNumber(firstDay)!;
  return Array.from({ length: n }, () => {
    // A timeline brush: a random window of 1 day to the whole span, sometimes open-ended.
    const length = 1 + Math.floor(rand() * span);
    const start = first - 14 + Math.floor(rand() * (span + 14 - length + 1));
    const from = dayString(start);
    const to = dayString(start + length - 1);
    const r = rand();
    const range = r < 0.1 ? { from } : r < 0.2 ? { to } : { from, to };
    const basis: DateBasis = rand() < 0.5 ? 'published' : 'event';
    return { range, basis, includeUndated: rand() < 0.3 };
  });
}

const ms = (x: number) => (x < 10 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(1));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const times = (a: number, b: number) => `${(a / b).toFixed(0)}×`;

/** Groups a sidebar shows at first (the rest are built as the list scrolls). */
const FIRST_PAGE = 20;
/** Slow loops (naive scans, building every excerpt) stop after this long, with at least 10 runs. */
const SLOW_BUDGET_MS = 6_000;

type Stats = { median: number; p95: number };
interface Row {
  mentions: number; generateMs: number; buildMs: number; heapAfterBuild: number;
  selected: string; selectedMentions: number; maxExcerpts: number;
  counts: Stats; list: Stats; change: Stats; allExcerpts: Stats; allRuns: number;
  naiveCounts: Stats; naiveExcerpts: Stats; naiveChange: Stats; naiveRuns: number;
}

/** Run `fn` per query until the budget is spent (at least 10 runs); returns the samples. */
function timed(queries: Query[], budgetMs: number, fn: (q: Query) => number): number[] {
  const samples: number[] = [];
  const start = performance.now();
  for (const q of queries) {
    const t0 = performance.now();
    sink += fn(q);
    samples.push(performance.now() - t0);
    if (samples.length >= 10 && performance.now() - start > budgetMs) break;
  }
  return samples;
}
let sink = 0; // results feed this so the optimiser cannot drop the work

function benchSize(mentions: number): Row {
  const firstDay = '2022-09-01';
  const days = 120;
  let t = performance.now();
  const dataset = syntheticDataset({ mentions, places: 2000, days, firstDay, seed: mentions });
  const generateMs = performance.now() - t;

  t = performance.now();
  const index = buildIndex(dataset);
  const buildMs = performance.now() - t;
  const heapAfterBuild = process.memoryUsage().heapUsed;

  const all = index.counts({ range: {}, basis: 'published', includeUndated: true });
  let top = 0;
  for (let p = 1; p < all.length; p++) if (all[p] > all[top]) top = p;
  const selected = dataset.places[top].id;

  const queries = randomQueries(RANGES, 99, firstDay, days);
  // Same answers as the naive scan, checked on a few queries before timing anything.
  for (const q of queries.slice(0, 3)) {
    const naive = naiveCounts(dataset, q);
    const counts = index.counts(q);
    dataset.places.forEach((p, i) => {
      if (counts[i] !== (naive.get(p.id) ?? 0)) throw new Error(`bench-index: counts differ from the naive scan for ${p.id} at ${JSON.stringify(q)}`);
    });
    const a = [...index.excerpts(selected, q)].reduce((n, g) => n + g.excerpts.length, 0);
    const b = naiveExcerpts(dataset, selected, q).reduce((n, g) => n + g.excerpts.length, 0);
    if (a !== b) throw new Error(`bench-index: ${a} excerpts, naive scan ${b}, at ${JSON.stringify(q)}`);
  }

  // What the UI does on a range change: all counts, the selected place's excerpt list, and the
  // excerpts of the groups on the first screen. Warm up the JIT on other ranges first.
  const firstPage = (groups: ExcerptList) => {
    let n = 0;
    for (let g = 0; g < Math.min(FIRST_PAGE, groups.length); g++) n += groups.at(g).excerpts.length;
    return n;
  };
  for (const q of randomQueries(20, 7, firstDay, days)) { index.counts(q); firstPage(index.excerpts(selected, q)); }
  const countTimes: number[] = [];
  const listTimes: number[] = [];
  const changeTimes: number[] = [];
  let maxExcerpts = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const counts = index.counts(q);
    const t1 = performance.now();
    const groups = index.excerpts(selected, q);
    sink += firstPage(groups);
    const t2 = performance.now();
    countTimes.push(t1 - t0);
    listTimes.push(t2 - t1);
    changeTimes.push(t2 - t0);
    sink += counts[top];
    maxExcerpts = Math.max(maxExcerpts, groups.excerptCount);
  }
  // Building every excerpt object too (what an eager list would cost).
  const allTimes = timed(queries, SLOW_BUDGET_MS, (q) => [...index.excerpts(selected, q)].reduce((n, g) => n + g.excerpts.length, 0));

  const naiveCountTimes: number[] = [];
  const naiveExcerptTimes: number[] = [];
  const naiveChangeTimes = timed(queries, SLOW_BUDGET_MS, (q) => {
    const t0 = performance.now();
    const counts = naiveCounts(dataset, q);
    const t1 = performance.now();
    const groups = naiveExcerpts(dataset, selected, q);
    naiveCountTimes.push(t1 - t0);
    naiveExcerptTimes.push(performance.now() - t1);
    return (counts.get(selected) ?? 0) + groups.length;
  });

  return {
    mentions, generateMs, buildMs, heapAfterBuild, selected, selectedMentions: all[top], maxExcerpts,
    counts: stats(countTimes), list: stats(listTimes), change: stats(changeTimes),
    allExcerpts: stats(allTimes), allRuns: allTimes.length,
    naiveCounts: stats(naiveCountTimes), naiveExcerpts: stats(naiveExcerptTimes), naiveChange: stats(naiveChangeTimes),
    naiveRuns: naiveChangeTimes.length,
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const sizes = parseSizes(process.argv.slice(2));
console.log(`bench:index — node ${process.version}; ${RANGES} random ranges per size (random basis, undated on 30%);`);
console.log(`selected place = the most-mentioned one (worst case); first screen = ${FIRST_PAGE} article groups; times in ms\n`);
const rows: Row[] = [];
for (const size of sizes) {
  const r = benchSize(size);
  rows.push(r);
  console.log(`  ${r.mentions.toLocaleString('en')} mentions: dataset generated in ${ms(r.generateMs)}, index built in ${ms(r.buildMs)}; `
    + `${r.selected} has ${r.selectedMentions.toLocaleString('en')} mentions (up to ${r.maxExcerpts.toLocaleString('en')} excerpts in a range); `
    + `heap ${mb(r.heapAfterBuild)}, peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
const n = (r: Row) => r.mentions.toLocaleString('en');
console.log('\nRange change with the index (counts for all places + excerpt list + first screen of excerpts):');
console.log(table(
  ['mentions', 'build', 'counts med', 'counts p95', 'list+screen med', 'list+screen p95', 'CHANGE MED', 'change p95'],
  rows.map((r) => [n(r), ms(r.buildMs), ms(r.counts.median), ms(r.counts.p95), ms(r.list.median), ms(r.list.p95), ms(r.change.median), ms(r.change.p95)]),
));
console.log('\nAgainst the naive full scan, same ranges (medians; ratio = naive / index):');
console.log(table(
  ['mentions', 'counts', 'naive', 'ratio', 'every excerpt built', 'naive', 'ratio', 'change', 'naive', 'ratio', 'runs (eager/naive)'],
  rows.map((r) => [
    n(r), ms(r.counts.median), ms(r.naiveCounts.median), times(r.naiveCounts.median, r.counts.median),
    ms(r.allExcerpts.median), ms(r.naiveExcerpts.median), times(r.naiveExcerpts.median, r.allExcerpts.median),
    ms(r.change.median), ms(r.naiveChange.median), times(r.naiveChange.median, r.change.median), `${r.allRuns}/${r.naiveRuns}`,
  ]),
));
console.log(`\npeak memory (max RSS of the process): ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (sink === -1) console.log(sink);

let failed = false;
for (const size of TARGET_SIZES) {
  const target = rows.find((r) => r.mentions === size);
  if (!target) {
    console.log(`\nPASS/FAIL: not judged (the ${size.toLocaleString('en')}-mention size was not run)`);
    continue;
  }
  const pass = target.change.median < FRAME_MS;
  failed ||= !pass;
  console.log(`\n${pass ? 'PASS' : 'FAIL'}: a range change at ${size.toLocaleString('en')} mentions takes ${ms(target.change.median)} ms in the median (target < ${FRAME_MS} ms, one frame)`);
}
if (failed) process.exit(1);
