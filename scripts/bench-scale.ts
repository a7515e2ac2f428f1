/**
 * npm run bench:scale [-- --mb 1000 --dir /tmp/placeline-scale --seed 42 --no-browser]
 *
 * Ingest and exploration at archive scale, on a generated corpus of real sentences
 * (tests/support/newsCorpus.ts; --mb sets its size, 1000 MB ≈ 170,000 articles by default; CI runs
 * none of this). In one run, each figure with the baseline it is compared with:
 * 1. ingest --jobs 1 (baseline) and --jobs 2, each with a fresh cache: wall and CPU time (also per
 *    thread: on a shared machine the busiest thread is the run's time on cores of its own), MB/s,
 *    peak RSS; the speed-up; the two layouts byte-identical; read = ingested + rejected.
 * 2. re-ingest after changing 10 files, against the full --jobs 2 run.
 * 3. a date-range change on the index of this dataset (counts for every place + the selected
 *    place's excerpt list and first screen), median over random ranges.
 * 4. in Chromium: time from navigation to the map loaded and the most-mentioned place's first
 *    excerpts shown, and the JS heap, against the five-article default corpus (dist/data).
 * Targets (issue 10): peak RSS ≤ 1.5 GB; jobs 2 ≥ 1.7× jobs 1; re-ingest ≤ 5% of the full run;
 * page ≤ 2× the five-article page; JS heap ≤ 600 MB; range change < 16 ms.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildIndex, type DateBasis, type Query } from '../src/lib/index/index.ts';
import { seededRandom } from '../tests/support/random.ts';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../tests/e2e/harness.ts';
import { writeNewsCorpus } from '../tests/support/newsCorpus.ts';
import { serveApp } from './bench/staticServer.ts';
import { readLayoutDir } from './ingest/layoutFiles.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '1000' }, dir: { type: 'string', default: '/tmp/placeline-scale' }, seed: { type: 'string', default: '42' }, 'no-browser': { type: 'boolean' } },
});
const MB = 1_000_000;
const sizeMb = Number(values.mb);
const seed = Number(values.seed);
const work = resolve(values.dir!);
const corpus = join(work, 'corpus');
const log = join(work, 'ingest.log');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results: string[] = [];
const report = (line: string) => { console.log(line); results.push(line); };

// --- The corpus (kept between runs when size and seed match).
mkdirSync(work, { recursive: true });
const stampFile = join(work, 'corpus.stamp.json');
const stamp = JSON.stringify({ sizeMb, seed });
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  rmSync(corpus, { recursive: true, force: true });
  const t = performance.now();
  const made = writeNewsCorpus(corpus, { seed, bytes: sizeMb * MB });
  writeFileSync(join(work, 'corpus.json'), JSON.stringify(made));
  writeFileSync(stampFile, stamp);
  console.log(`generated ${made.files.toLocaleString('en')} files, ${(made.bytes / MB).toFixed(0)} MB in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
const made = JSON.parse(readFileSync(join(work, 'corpus.json'), 'utf8')) as { files: number; bytes: number };
report(`bench:scale — corpus: ${made.files.toLocaleString('en')} files, ${(made.bytes / MB).toFixed(0)} MB (seed ${seed}); load average at start ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);

interface Usage { code: number; wallS: number; cpuS: number; maxRssMB: number; threadCpuS: { main?: number; workers: number[] }; cacheLine?: string }
function ingest(label: string, args: [layout: string, jobs: number, cache?: string]): Usage {
  const usageFile = join(work, `usage-${label.replace(/[^a-z0-9]+/gi, '-')}.json`);
  appendFileSync(log, `\n=== ${label}: ingest corpus → ${args.join(' ')}\n`);
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/bench/measuredIngest.ts'), usageFile, 'corpus', args[0], String(args[1]), args[2] ?? ''], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  appendFileSync(log, r.stdout + r.stderr);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as Usage;
  usage.cacheLine = /^Cache: .*$/m.exec(r.stdout)?.[0];
  if (usage.code !== 0) throw new Error(`${label}: ingest exited ${usage.code}; see ${log}`);
  const threads = [usage.threadCpuS.main ?? 0, ...usage.threadCpuS.workers];
  report(`  ${label.padEnd(24)} wall ${usage.wallS.toFixed(1)} s (${(made.bytes / MB / usage.wallS).toFixed(1)} MB/s), CPU ${usage.cpuS.toFixed(1)} s ` +
    `(main thread ${threads[0].toFixed(1)} s, workers ${usage.threadCpuS.workers.map((s) => s.toFixed(1)).join(' + ') || 'none'}), peak RSS ${usage.maxRssMB.toFixed(0)} MB`);
  return usage;
}

function treeHashes(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [join(e.parentPath, e.name).slice(dir.length), createHash('sha1').update(readFileSync(join(e.parentPath, e.name))).digest('hex')]));
}

// --- 1. Ingest with one and two jobs.
writeFileSync(log, '');
report('\n1. Ingest');
for (const dir of ['cache-1', 'cache-2', 'layout-1', 'layout-2']) rmSync(join(work, dir), { recursive: true, force: true });
const one = ingest('--jobs 1 (baseline)', ['layout-1', 1, 'cache-1']);
const two = ingest('--jobs 2', ['layout-2', 2, 'cache-2']);
const same = (() => {
  const a = treeHashes(join(work, 'layout-1'));
  const b = treeHashes(join(work, 'layout-2'));
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
})();
const manifest = JSON.parse(readFileSync(join(work, 'layout-2', 'manifest.json'), 'utf8')) as { counts: Record<string, number> };
const { counts } = manifest;
const busiest = (u: Usage) => Math.max(u.threadCpuS.main ?? 0, ...u.threadCpuS.workers);
report(`  speed-up jobs 2 / jobs 1: ${ratio(one.wallS, two.wallS)} in wall time (target ≥ 1.7×), with the machine's load as it was;`);
report(`    on cores of its own (busiest thread's CPU time, the critical path): ${ratio(busiest(one), busiest(two))} (${busiest(one).toFixed(0)} s vs ${busiest(two).toFixed(0)} s);`);
report(`    total CPU ${two.cpuS.toFixed(0)} s vs ${one.cpuS.toFixed(0)} s = ${ratio(two.cpuS, one.cpuS)} (the parallel overhead)`);
report(`  peak RSS: jobs 1 ${one.maxRssMB.toFixed(0)} MB, jobs 2 ${two.maxRssMB.toFixed(0)} MB (target ≤ 1500 MB)`);
report(`  layouts of jobs 1 and jobs 2 byte-identical: ${same ? 'yes' : 'NO'}`);
report(`  nothing lost: ${counts.read} read = ${counts.articles} ingested + ${counts.rejected} rejected (${counts.articles + counts.rejected === counts.read && counts.read === made.files ? 'adds up' : 'DOES NOT ADD UP'}); ${counts.mentions.toLocaleString('en')} mentions of ${counts.places} places`);

// --- 2. Re-ingest after changing 10 files.
report('\n2. Re-ingest after changing 10 files');
const names = readdirSync(corpus).sort();
for (let k = 0; k < 10; k++) {
  const name = names[Math.floor(((k + 0.5) * names.length) / 10)];
  appendFileSync(join(corpus, name), '\nA correction was published on Monday after readers in Kherson wrote to the editor.\n');
}
const again = ingest('re-ingest, --jobs 2', ['layout-2', 2, 'cache-2']);
report(`  ${again.cacheLine ?? 'no cache line in the summary'}`);
report(`  re-ingest / full run: ${(again.wallS / two.wallS * 100).toFixed(1)}% (${again.wallS.toFixed(1)} s / ${two.wallS.toFixed(1)} s; target ≤ 5%)`);

// --- 3. Date-range change on this dataset's index.
report('\n3. Date-range change on this dataset (index in Node)');
const layout = await readLayoutDir(join(work, 'layout-2'));
let t = performance.now();
const index = buildIndex({ articles: layout.articles.map((a) => ({ ...a, text: '' })), places: layout.places, mentions: layout.mentions });
const buildMs = performance.now() - t;
const all = index.counts({ range: {}, basis: 'published', includeUndated: true });
const top = index.places[all.indexOf(Math.max(...all))].id;
const random = seededRandom(seed);
const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const changes: number[] = [];
for (let k = 0; k < 60; k++) {
  const a = Math.floor(random() * 365);
  const b = Math.min(364, a + Math.floor(random() * 120));
  const q: Query = { range: { from: day(a), to: day(b) }, basis: (random() < 0.5 ? 'published' : 'event') as DateBasis, includeUndated: random() < 0.3 };
  t = performance.now();
  index.counts(q);
  const groups = index.excerpts(top, q);
  for (let g = 0; g < Math.min(10, groups.length); g++) void groups.at(g).excerpts.length;
  changes.push(performance.now() - t);
}
report(`  ${index.mentionCount.toLocaleString('en')} mentions, index built in ${buildMs.toFixed(0)} ms; range change (counts + ${top}'s excerpt list + first screen) median ${median(changes).toFixed(2)} ms (target < 16 ms)`);

// --- 4. The page in Chromium.
if (!values['no-browser']) {
  report('\n4. The page in Chromium (navigation → map loaded and the first excerpts shown; median of 3)');
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const measure = async (dataDir: string, place: string) => {
    const { url, server } = await serveApp(join(ROOT, 'dist'), dataDir);
    const times: number[] = [];
    let heap = { usedSize: 0, totalSize: 0 };
    for (let k = 0; k < 3; k++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}/#place=${place}`);
      await page.waitForFunction(() => {
        const map = (window as any).placelineMap;
        return Boolean(map?.loaded() && document.querySelector('[aria-label="Excerpts"] article mark'));
      }, undefined, { timeout: 300_000, polling: 'raf' });
      times.push(await page.evaluate(() => performance.now()));
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heap = await cdp.send('Runtime.getHeapUsage') as typeof heap;
      await context.close();
    }
    server.close();
    return { ms: median(times), heapMB: heap.usedSize / 2 ** 20 };
  };
  const small = await measure(join(ROOT, 'dist/data'), 'kherson');
  const big = await measure(join(work, 'layout-2'), top);
  await browser.close();
  report(`  five-article corpus: ${small.ms.toFixed(0)} ms, JS heap ${small.heapMB.toFixed(0)} MB`);
  report(`  this corpus:         ${big.ms.toFixed(0)} ms, JS heap ${big.heapMB.toFixed(0)} MB`);
  report(`  ratio ${ratio(big.ms, small.ms)} (target ≤ 2×); JS heap ${big.heapMB.toFixed(0)} MB (target ≤ 600 MB)`);
}
writeFileSync(join(work, 'results.txt'), `${results.join('\n')}\n`);
console.log(`\n(figures saved in ${join(work, 'results.txt')}; ingest output in ${log})`);
