/**
 * npm run bench:ingest [-- --mb 50 --seed 42]
 *
 * Throughput of the ingest pipeline on a deterministic synthetic corpus (≥ 50 MB by default) made
 * from the seed articles' sentences: a seeded PRNG shuffles the cleaned seed sentences into articles
 * with front matter (title, published, language), in memory. Reports:
 * - gazetteer load time: reading and decoding geo/gazetteer.bin (the world gazetteer), and opening
 *   the geoparser's name index (a section of the file) on first use (both count toward the < 1 s target);
 * - end-to-end MB/s of ingestFiles (decode, front matter, cleaning, geoparse, sentences, dates), in
 *   the esbuild bundle the ingest workers run (scripts/ingest/bundle.ts);
 * - the MB/s of a bare baseline over the same article bodies: ONE case-insensitive pass that finds
 *   every gazetteer name, using a word-level trie of all names (Aho–Corasick-like: at each word
 *   start, walk the trie as far as the words match, keep the longest name). A single regex
 *   alternation of all names is not used: V8 tries the alternatives one by one at every position,
 *   which with tens of thousands of names would make the baseline, not the pipeline, the slow part;
 * - the ratio pipeline/baseline, and peak memory (max RSS from the OS, V8 heap high-water from
 *   heap statistics sampled between phases).
 * Throughput is given per wall-clock second and per CPU second (user + system of this process):
 * the machine is shared, and wall time then measures the neighbours too.
 * Target: ≥ 5 MB/s end to end on one core; gazetteer load < 1 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import type { Gazetteer } from '../src/lib/gazetteer/index.ts';
import { pathToFileURL } from 'node:url';
import { cleanText, type ingestFiles, type InputFile, readFrontMatter, sentenceSpans } from '../src/lib/ingest/index.ts';
import { bundled } from './ingest/bundle.ts';
import { seededRandom } from '../tests/support/random.ts';

const MB = 1_000_000;

/** Cleaned sentences of the seed articles in corpus/, by language. */
function seedSentences(corpusDir: string): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.md')).sort()) {
    const fm = readFrontMatter(readFileSync(join(corpusDir, name), 'utf8'));
    if (!fm.ok) throw new Error(`${name}: ${fm.reason}`);
    const language = fm.meta.language ?? 'en';
    const text = cleanText(fm.body, language, { title: fm.meta.title });
    const pool = pools.get(language) ?? [];
    for (const [s, e] of sentenceSpans(text, language)) pool.push(text.slice(s, e));
    pools.set(language, pool);
  }
  return pools;
}

interface Synthetic { files: InputFile[]; bodies: string[]; bytes: number }

function syntheticCorpus(pools: Map<string, string[]>, targetBytes: number, seed: number): Synthetic {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  // Languages in proportion to their sentences (the seeds are 4 English, 1 Indonesian).
  const weighted = [...pools.entries()].flatMap(([lang, s]) => s.map(() => lang));
  const encoder = new TextEncoder();
  const files: InputFile[] = [];
  const bodies: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const language = pick(weighted);
    const pool = pools.get(language)!;
    const paragraphs: string[] = [];
    const sentenceCount = 20 + Math.floor(random() * 40);
    for (let i = 0; i < sentenceCount; ) {
      const size = Math.min(1 + Math.floor(random() * 4), sentenceCount - i);
      paragraphs.push(Array.from({ length: size }, () => pick(pool)).join(' '));
      i += size;
    }
    const body = paragraphs.join('\n\n');
    const day = 1 + Math.floor(random() * 28);
    const month = 10 + Math.floor(random() * 3);
    const published = `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const text = `---\ntitle: "Synthetic article ${n}"\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;
    const encoded = encoder.encode(text);
    files.push({ name: `${String(n).padStart(6, '0')}.md`, bytes: encoded });
    bodies.push(body);
    bytes += encoded.length;
  }
  return { files, bodies, bytes };
}

/** Word-level trie of every gazetteer name, lower-cased; `end` marks a complete name. */
interface TrieNode { next: Map<string, TrieNode>; end: boolean }

const WORD = /[\p{L}\p{N}]+/gu;

function buildNameTrie(names: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map(), end: false };
  for (const name of names) {
    const words = name.toLowerCase().match(WORD);
    if (!words) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The baseline: count the gazetteer names in `text`, longest match at each word, one pass. */
function countNames(text: string, root: TrieNode): number {
  const words = text.toLowerCase().match(WORD) ?? [];
  let count = 0;
  for (let i = 0; i < words.length; ) {
    let node = root.next.get(words[i]);
    let longest = 0;
    for (let j = i; node; ) {
      if (node.end) longest = j - i + 1;
      j++;
      node = j < words.length ? node.next.get(words[j]) : undefined;
    }
    if (longest > 0) {
      count++;
      i += longest;
    } else i++;
  }
  return count;
}

/** user + system CPU seconds (the machine is shared: wall time alone overstates our cost). */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

const heapHighWater = { bytes: 0 };
function sampleHeap() {
  heapHighWater.bytes = Math.max(heapHighWater.bytes, v8.getHeapStatistics().used_heap_size);
}

async function main() {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, seed: { type: 'string', default: '42' } } });
  const targetMb = Number(values.mb);
  const seed = Number(values.seed);
  if (!(targetMb > 0) || !Number.isInteger(seed)) throw new Error('usage: bench-ingest [--mb N] [--seed N]');

  let t0 = performance.now();
  const { loadGazetteer } = await import('../src/lib/gazetteer/index.ts');
  const gazetteer: Gazetteer = loadGazetteer();
  const decodeMs = performance.now() - t0;
  t0 = performance.now();
  const { geoparse } = await import('../src/lib/geoparse/index.ts');
  geoparse('Kyiv', 'en', gazetteer); // opens the name index
  const indexMs = performance.now() - t0;
  const gazetteerMs = decodeMs + indexMs;
  sampleHeap();

  const pools = seedSentences(join(import.meta.dirname, '../corpus'));
  const corpus = syntheticCorpus(pools, targetMb * MB, seed);
  const bodyBytes = corpus.bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  sampleHeap();
  console.log(`synthetic corpus: ${corpus.files.length} articles, ${(corpus.bytes / MB).toFixed(1)} MB ` +
    `(seed ${seed}; sentences: ${[...pools].map(([l, s]) => `${l} ${s.length}`).join(', ')})`);

  t0 = performance.now();
  const trie = buildNameTrie(gazetteer.allNames());
  const trieMs = performance.now() - t0;
  t0 = performance.now();
  let cpu0 = process.cpuUsage();
  let baselineMatches = 0;
  for (const body of corpus.bodies) baselineMatches += countNames(body, trie);
  const baselineS = (performance.now() - t0) / 1000;
  const baselineCpuS = cpuSeconds(process.cpuUsage(cpu0));
  sampleHeap();

  // The pipeline as `npm run ingest` runs it in its workers: bundled by esbuild (scripts/ingest/bundle.ts).
  const pipeline = (await import(pathToFileURL(bundled('src/lib/ingest/index.ts')).href)) as { ingestFiles: typeof ingestFiles };
  t0 = performance.now();
  cpu0 = process.cpuUsage();
  const { dataset, warnings } = pipeline.ingestFiles(corpus.files, gazetteer);
  const ingestS = (performance.now() - t0) / 1000;
  const ingestCpuS = cpuSeconds(process.cpuUsage(cpu0));
  sampleHeap();

  const pipelineMbs = corpus.bytes / MB / ingestS;
  const baselineMbs = bodyBytes / MB / baselineS;
  const maxRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  const dated = dataset.mentions.filter((m) => m.date).length;
  console.log([
    `gazetteer load:   ${gazetteerMs.toFixed(0)} ms = read+decode ${decodeMs.toFixed(0)} ms + name index ${indexMs.toFixed(0)} ms (${gazetteer.size} entries; target < 1000 ms)`,
    `ingestFiles:      ${ingestS.toFixed(2)} s for ${(corpus.bytes / MB).toFixed(1)} MB = ${pipelineMbs.toFixed(2)} MB/s (target ≥ 5); ` +
      `CPU time ${ingestCpuS.toFixed(2)} s = ${(corpus.bytes / MB / ingestCpuS).toFixed(2)} MB/s per CPU second`,
    `                  ${dataset.articles.length} articles, ${dataset.mentions.length} mentions (${dated} with an event date), ` +
      `${dataset.places.length} places, ${dataset.rejected.length} rejected, ${warnings.length} warnings`,
    `baseline scan:    ${baselineS.toFixed(2)} s for ${(bodyBytes / MB).toFixed(1)} MB of bodies = ${baselineMbs.toFixed(2)} MB/s ` +
      `(CPU ${baselineCpuS.toFixed(2)} s) ` +
      `(${baselineMatches} name matches; trie of all names built in ${trieMs.toFixed(0)} ms)`,
    `ratio:            pipeline is ${(baselineMbs / pipelineMbs).toFixed(1)}x slower than the bare name scan`,
    `peak memory:      max RSS ${maxRssMb.toFixed(0)} MB; V8 heap high-water ${(heapHighWater.bytes / 2 ** 20).toFixed(0)} MiB (sampled between phases)`,
  ].join('\n'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
