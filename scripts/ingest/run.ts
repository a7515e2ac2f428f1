/**
 * Ingest a corpus directory into a layout directory: list it, hash the files whose size or mtime
 * changed, cut batches (batches.ts), take unchanged batches from the cache and run the rest in the
 * worker pool, merging every batch in order into the layout writer as it arrives. Memory holds the
 * batches in flight plus compact metadata and mention columns, whatever the corpus size.
 */
import type { Rejected } from '../../src/lib/dataset.ts';
import { batchKeyVersion, batchOfFile, splitBatches, type CorpusFile } from './batches.ts';
import { IngestCache, type StatEntry } from './cache.ts';
import { PreviousLayout } from './ledger.ts';
import { listCorpus, type CorpusListing } from './listing.ts';
import { mergeBatches, type MergeCounts } from './mergeBatches.ts';
import { InlineRunner, WorkerPool, type TaskRunner } from './pool.ts';
import { Progress } from './progress.ts';
import { contentHashes } from './contentHash.ts';
import { threadCpuSeconds } from './threadCpu.ts';
import { ingestVersion } from './versions.ts';
import { LayoutWriter, type LayoutSummary } from './writer.ts';

export interface IngestOptions {
  corpusDir: string;
  layoutDir: string;
  jobs: number;
  cacheDir?: string;
  /** Parse work below which no worker is started, content to hash from which the tasks hash it,
   *  and parse work per worker (tests set them low to exercise the workers on small corpora). */
  parallelMinBytes?: { parse: number; hash: number; perWorker?: number };
  /** Average files per batch (batches.ts); smaller makes more, smaller text shards. */
  batchFiles?: number;
  progress?: { isTTY?: boolean; write(text: string): unknown };
}

export interface IngestOutcome {
  listing: CorpusListing;
  /** Undefined when no article could be ingested (nothing written). */
  summary?: LayoutSummary;
  /** CPU seconds of the main thread and of each worker thread (Linux; for bench:scale). */
  threadCpu: { main?: number; workers: number[] };
  /** Every rejected file, sorted (also when nothing was written). */
  rejected: Rejected[];
  batches: MergeCounts;
}

const MB = 1_000_000;
/** Below this much parse work the main thread does it alone: starting a worker (loading the
 *  pipeline's modules and the gazetteer) costs seconds, as much as parsing ~15 MB. */
const PARALLEL_MIN_PARSE_BYTES = 16 * MB;
/** From this much content to hash (new or touched files), the workers hash the files as they read
 *  them to parse; below it this thread hashes them first (~0.3 s), which keys their batches before
 *  the merge. */
const HASH_IN_TASKS_MIN_BYTES = 64 * MB;
/** Files a worker started ahead of a re-ingest parses to warm up: ~0.3 MB, half a second, done about
 *  when the listing is; it makes the changed batches that follow parse ~1.5-2× faster. */
const WARM_UP_FILES = 48;

export async function ingestCorpus(options: IngestOptions): Promise<IngestOutcome> {
  const { corpusDir, layoutDir } = options;
  const version = ingestVersion();
  const cache = options.cacheDir ? new IngestCache(options.cacheDir, version) : undefined;
  const pool = new WorkerPool(options.jobs);
  const inline = new InlineRunner();
  try {
    const minimum = options.parallelMinBytes ?? { parse: PARALLEL_MIN_PARSE_BYTES, hash: HASH_IN_TASKS_MIN_BYTES };
    // When the last run saw a large corpus here, a worker starts now, while the files are listed
    // and checked, so that the first changed batch does not wait for it (when nothing changed, it
    // started for nothing, on another core).
    const known = cache?.readStats(corpusDir) ?? new Map<string, StatEntry>();
    let knownBytes = 0;
    for (const { size } of known.values()) knownBytes += size;
    if (cache && knownBytes >= minimum.parse) pool.warmUp({ type: 'warm', dir: corpusDir, names: spreadOver([...known.keys()], WARM_UP_FILES) });
    // The layout this run replaces is read in the background while the corpus is listed, and its
    // ledger parsed here while another thread stats the files.
    let opening: Promise<PreviousLayout | undefined> = Promise.resolve(undefined);
    const listing = await listCorpus(corpusDir, { meanwhile: () => { if (cache) opening = PreviousLayout.open(layoutDir, cache.readLedger(layoutDir)); } });
    const files = hashedFiles(listing, known, corpusDir, cache, minimum.hash);
    const batches = splitBatches(files, version, options.batchFiles);
    const previous = await opening;
    const writer = new LayoutWriter(layoutDir, previous);
    writer.read = listing.read;
    writer.reject(...listing.rejected);
    const corpusBytes = batches.reduce((n, b) => n + b.bytes, 0);
    const progress = new Progress(files.length, corpusBytes, options.progress);
    // Workers for a large corpus even when little of it changed: merging its cached batches keeps
    // this thread busy for as long as a worker takes to start.
    const runner: TaskRunner = corpusBytes >= minimum.parse ? pool : inline;
    // The last run's batches, as cut from the files it saw (the stat index keeps them in name order).
    const lastBatchOf = () => batchOfFile(splitBatches([...known].map(([name, { size, hash }]) => ({ name, size, hash })), version, options.batchFiles));
    const keyVersion = batchKeyVersion(version, options.batchFiles);
    const counts = await mergeBatches({ batches, keyVersion, corpusDir, layoutDir, cache, previous, lastBatchOf, runner, parseBytesPerWorker: minimum.perWorker, writer, progress });
    progress.done();

    cache?.flush();
    cache?.writeStats(corpusDir, files);
    const summary = writer.articleCount > 0 ? writer.finish() : undefined;
    const ledger = summary && writer.ledger();
    if (cache && ledger) cache.writeLedger(layoutDir, ledger);
    const threadCpu = { main: threadCpuSeconds(), workers: await pool.workerCpuSeconds() };
    return { listing, summary, rejected: summary?.rejected ?? writer.rejections(), batches: counts, threadCpu };
  } finally {
    await pool.close();
    await inline.close();
  }
}

/**
 * The files to ingest with their content hashes: from the cache's stat index when size and mtime are
 * unchanged; else hashed here when they are few, so that their batches are keyed before the merge
 * (and unchanged ones carried over or reused); else left '' for the workers to hash as they read the
 * files to parse them (a first ingest of a large corpus reads it once, not twice). Without a cache
 * no hash is needed.
 */
function hashedFiles(listing: CorpusListing, known: ReadonlyMap<string, StatEntry>, corpusDir: string, cache: IngestCache | undefined, hashInTasksFrom: number): (CorpusFile & { mtimeMs: number })[] {
  const files = listing.files.map((f) => {
    const entry = known.get(f.name);
    const hash = !cache ? 'uncached' : entry && entry.size === f.size && entry.mtimeMs === f.mtimeMs ? entry.hash : '';
    return { name: f.name, size: f.size, mtimeMs: f.mtimeMs, hash };
  });
  const unhashed = files.filter((f) => f.hash === '');
  if (unhashed.reduce((n, f) => n + f.size, 0) >= hashInTasksFrom) return files;
  const hashes = contentHashes(corpusDir, unhashed.map((f) => f.name));
  unhashed.forEach((f, i) => { f.hash = hashes[i]; });
  return files;
}

/** `count` items spread evenly over `items`. */
function spreadOver<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}
