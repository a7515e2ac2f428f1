/**
 * Ingest a corpus directory into a layout directory: list it, hash the files whose size or mtime
 * changed, cut batches (batches.ts), take unchanged batches from the cache and run the rest in the
 * worker pool, merging every batch in order into the layout writer as it arrives. Memory holds the
 * batches in flight plus compact metadata and mention columns, whatever the corpus size.
 */
import { join } from 'node:path';
import type { Rejected } from '../../src/lib/dataset.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import type { IngestResponse } from './batchTask.ts';
import { loadBatchTask } from './bundle.ts';
import { splitBatches, type Batch, type CorpusFile } from './batches.ts';
import { IngestCache, type StatEntry } from './cache.ts';
import { Handoff } from './handoff.ts';
import { loadIngestGazetteer } from './gazetteer.ts';
import { listCorpus, type CorpusListing } from './listing.ts';
import { InlineRunner, WorkerPool, type TaskRunner } from './pool.ts';
import { Progress } from './progress.ts';
import type { TaskRequest } from './protocol.ts';
import { linkOrCopy } from './shardFiles.ts';
import { threadCpuSeconds } from './threadCpu.ts';
import { ingestVersion } from './versions.ts';
import { LayoutWriter, type LayoutSummary } from './writer.ts';
import { SHARD_DIR, decodeColumns } from '../../src/lib/store/index.ts';

export interface IngestOptions {
  corpusDir: string;
  layoutDir: string;
  jobs: number;
  cacheDir?: string;
  /** Work below which no worker is started (tests set 0 to exercise the workers on small corpora). */
  parallelMinBytes?: { parse: number; hash: number };
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
  batches: { total: number; fromCache: number; staleCache: number };
}

const MB = 1_000_000;
const HASH_TASK_FILES = 256;
/** Below this much work the main thread does it alone: starting a worker (loading the pipeline's
 *  modules and the gazetteer) costs seconds, as much as parsing ~15 MB or hashing far more. */
const PARALLEL_MIN_PARSE_BYTES = 16 * MB;
const PARALLEL_MIN_HASH_BYTES = 256 * MB;
/** Cached batches merged between two looks at the workers' messages. */
const YIELD_EVERY_BATCHES = 32;
/** How many cached batches may be read ahead of the merge while it waits for a worker (~64 files each). */
const READ_AHEAD_BATCHES = 1024;

export async function ingestCorpus(options: IngestOptions): Promise<IngestOutcome> {
  const { corpusDir, layoutDir } = options;
  const listing = listCorpus(corpusDir);
  const version = ingestVersion();
  const cache = options.cacheDir ? new IngestCache(options.cacheDir, version) : undefined;
  const textDir = join(layoutDir, SHARD_DIR);
  const pool = new WorkerPool(options.jobs);
  const inline = new InlineRunner();
  const runnerFor = (bytes: number, minimum: number): TaskRunner => (bytes >= minimum ? pool : inline);
  const counts = { total: 0, fromCache: 0, staleCache: 0 };
  try {
    const minimum = options.parallelMinBytes ?? { parse: PARALLEL_MIN_PARSE_BYTES, hash: PARALLEL_MIN_HASH_BYTES };
    const files = await hashedFiles(listing, corpusDir, cache, (bytes) => runnerFor(bytes, minimum.hash));
    const batches = splitBatches(files, version, options.batchFiles);
    counts.total = batches.length;
    const writer = new LayoutWriter(layoutDir);
    writer.read = listing.read;
    writer.reject(...listing.rejected);
    const progress = new Progress(files.length, batches.reduce((n, b) => n + b.bytes, 0), options.progress);

    let gazetteer: Gazetteer | undefined; // only when a stale cache entry must be rebuilt here
    const addResponse = (batch: Batch, response: IngestResponse) => {
      const { batch: record, mentions } = response;
      writer.addBatch(record, decodeColumns(mentions, record.mentionCount, record.shard.path));
      if (cache) {
        cache.writeBatch(batch.key, record, mentions);
        linkOrCopy(join(layoutDir, record.shard.path), join(cache.dir, record.shard.path));
      }
    };
    type Cached = ReturnType<IngestCache['readBatch']>;
    const mergeCached = async (batch: Batch, cached: Cached) => {
      if (cached) {
        linkOrCopy(join(cache!.dir, cached.batch.shard.path), join(layoutDir, cached.batch.shard.path));
        writer.addBatch(cached.batch, cached.mentions);
        counts.fromCache++;
        return;
      }
      counts.staleCache++;
      gazetteer ??= loadIngestGazetteer();
      const { ingestTask } = await loadBatchTask();
      addResponse(batch, ingestTask(corpusDir, batch.files.map((f) => f.name), textDir, gazetteer));
    };

    // The batches to parse run in the background (workers, unless the corpus is small) while this
    // thread merges every batch in order: the cached ones as it reaches them, the others as they come.
    const toRun: number[] = [];
    const taskOf = new Int32Array(batches.length).fill(-1);
    batches.forEach((batch, i) => { if (!cache?.hasBatch(batch.key)) taskOf[i] = toRun.push(i) - 1; });
    const tasks: TaskRequest[] = toRun.map((i) => ({ type: 'ingest', dir: corpusDir, names: batches[i].files.map((f) => f.name), textDir }));
    // Workers for a large corpus even when little of it changed: merging its cached batches keeps
    // this thread busy for as long as a worker takes to start.
    const runner = runnerFor(batches.reduce((n, batch) => n + batch.bytes, 0), minimum.parse);
    const parsed = new Handoff<IngestResponse>();
    const parsing = runner.run(tasks, (response, index) => {
      if (response.type !== 'ingest') throw new Error('ingest: unexpected worker response');
      return parsed.put(index, response);
    }).catch((e: unknown) => parsed.fail(e));
    // Cached batches read ahead while this thread waits for a worker (merged only in their turn).
    const readAhead = new Map<number, Cached>();
    let readUpTo = 0;
    const readOneAhead = (from: number): boolean => {
      readUpTo = Math.max(readUpTo, from);
      while (readUpTo < batches.length && taskOf[readUpTo] >= 0) readUpTo++;
      if (readUpTo >= batches.length || readAhead.size >= READ_AHEAD_BATCHES) return false;
      readAhead.set(readUpTo, cache!.readBatch(batches[readUpTo].key));
      readUpTo++;
      return true;
    };
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    let sinceYield = 0;
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i];
      if (taskOf[i] >= 0) {
        while (!parsed.has(taskOf[i]) && readOneAhead(i + 1)) await nextTurn();
        addResponse(batch, await parsed.take(taskOf[i]));
      } else {
        const cached = readAhead.has(i) ? readAhead.get(i) : cache!.readBatch(batch.key);
        readAhead.delete(i);
        await mergeCached(batch, cached);
        // The workers' answers (and their next tasks) wait for this thread: let them through now and then.
        if (++sinceYield % YIELD_EVERY_BATCHES === 0) await nextTurn();
      }
      progress.advance(batch.files.length, batch.bytes);
    }
    await parsing;
    parsed.check();
    progress.done();

    cache?.flush();
    if (cache) cache.writeStats(corpusDir, new Map(files.map((f) => [f.name, { size: f.size, mtimeMs: f.mtimeMs, hash: f.hash }])));
    const summary = writer.articleCount > 0 ? writer.finish() : undefined;
    const threadCpu = { main: threadCpuSeconds(), workers: await pool.workerCpuSeconds() };
    return { listing, summary, rejected: summary?.rejected ?? writer.rejections(), batches: counts, threadCpu };
  } finally {
    await pool.close();
    await inline.close();
  }
}

/** The files to ingest with their content hashes (from the cache's stat index when size and mtime
 *  are unchanged; else hashed by the workers). Without a cache no hash is needed. */
async function hashedFiles(listing: CorpusListing, corpusDir: string, cache: IngestCache | undefined, runnerFor: (bytes: number) => TaskRunner): Promise<(CorpusFile & { mtimeMs: number })[]> {
  const known = cache?.readStats(corpusDir) ?? new Map<string, StatEntry>();
  const files = listing.files.map((f) => {
    const entry = known.get(f.name);
    const hash = !cache ? 'uncached' : entry && entry.size === f.size && entry.mtimeMs === f.mtimeMs ? entry.hash : '';
    return { name: f.name, size: f.size, mtimeMs: f.mtimeMs, hash };
  });
  const unhashed = files.filter((f) => f.hash === '');
  const tasks: TaskRequest[] = [];
  for (let i = 0; i < unhashed.length; i += HASH_TASK_FILES) {
    tasks.push({ type: 'hash', dir: corpusDir, names: unhashed.slice(i, i + HASH_TASK_FILES).map((f) => f.name) });
  }
  await runnerFor(unhashed.reduce((n, f) => n + f.size, 0)).run(tasks, (response, k) => {
    if (response.type !== 'hash') throw new Error('ingest: unexpected worker response');
    response.hashes.forEach((hash, j) => { unhashed[k * HASH_TASK_FILES + j].hash = hash; });
  });
  return files;
}
