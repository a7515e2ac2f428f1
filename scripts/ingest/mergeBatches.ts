/**
 * Every batch into the layout writer, in corpus order: the batches to parse run in the background
 * (the runner: workers, or this thread for a small corpus) while this thread merges the cached ones
 * as it reaches them and the parsed ones as they come. An unchanged batch that the previous layout
 * holds is carried over from it (ledger.ts), which costs a copy of its bytes; the others are read
 * from the cache. While it waits for a worker it reads the cached batches that follow (their merge
 * must wait for their turn, their reading need not). A batch cut before all its files were hashed
 * goes to a worker, which hashes and keys it and parses it unless the cache has that key.
 */
import { join } from 'node:path';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { SHARD_DIR, decodeColumns } from '../../src/lib/store/index.ts';
import type { IngestResponse } from './batchTask.ts';
import type { Batch } from './batches.ts';
import { loadBatchTask } from './bundle.ts';
import type { IngestCache } from './cache.ts';
import { loadIngestGazetteer } from './gazetteer.ts';
import { Handoff } from './handoff.ts';
import type { PreviousLayout } from './ledger.ts';
import type { ReusePlan } from './reuse.ts';
import type { TaskRunner } from './pool.ts';
import type { Progress } from './progress.ts';
import type { KeyedBatch, TaskRequest, TaskResponse } from './protocol.ts';
import { linkOrCopy } from './shardFiles.ts';
import type { LayoutWriter } from './writer.ts';

/** Cached batches merged between two looks at the workers' messages. */
const YIELD_EVERY_BATCHES = 32;
/** How many cached batches may be read ahead of the merge while it waits for a worker (~64 files each). */
const READ_AHEAD_BATCHES = 2048;
/** Parse work that makes another worker worth starting: a worker takes 1–2 s to start (its modules,
 *  the gazetteer, a cold JIT), and the batches dealt to it wait for that; parsing this much takes ~6 s. */
const PARSE_BYTES_PER_WORKER = 32_000_000;

export interface MergeInput {
  /** In corpus order; a batch keyed '' (files not hashed yet) is keyed here from its task's answer. */
  batches: readonly Batch[];
  /** batchKeyVersion(): what a worker keys a batch with once it has hashed the files. */
  keyVersion: string;
  corpusDir: string;
  layoutDir: string;
  cache?: IngestCache;
  /** The layout this run replaces: its unchanged batches are carried over from it (ledger.ts). */
  previous?: PreviousLayout;
  /** Each file's batch in the last run (batchOfFile; asked for only when a batch changed): the
   *  unchanged files of a changed batch are taken from that batch's cache entry, not parsed (reuse.ts). */
  lastBatchOf?: () => ReadonlyMap<string, { key: string; hash: string }>;
  runner: TaskRunner;
  /** Parse work per worker started (default PARSE_BYTES_PER_WORKER). */
  parseBytesPerWorker?: number;
  writer: LayoutWriter;
  progress: Progress;
}

export interface MergeCounts {
  total: number;
  /** Unchanged batches (carried over from the previous layout, or read from the cache). */
  fromCache: number;
  /** Of those, carried over from the previous layout. */
  carried: number;
  staleCache: number;
  /** The files of the other batches: parsed, or unchanged and taken from the cache (reuse.ts). */
  filesParsed: number;
  filesReused: number;
}

/** The files of a changed batch that were in a cached batch last time with the same content. */
function reusePlan(batch: Batch, cache: IngestCache, lastBatchOf: ReadonlyMap<string, { key: string; hash: string }>): ReusePlan | undefined {
  const names = new Map<string, string[]>();
  for (const { name, hash } of batch.files) {
    const last = lastBatchOf.get(name);
    if (last?.hash === hash) names.set(last.key, [...(names.get(last.key) ?? []), name]);
  }
  const from = [...names].filter(([key]) => cache.hasBatch(key)).map(([key, reused]) => ({ file: cache.batchFile(key), key, names: reused }));
  return from.length > 0 ? { cacheDir: cache.dir, from } : undefined;
}

type Cached = ReturnType<IngestCache['readBatch']>;
type Parsed = IngestResponse | Extract<TaskResponse, { type: 'cached' }>;

/** The key and file hashes a worker found for a batch cut before they were known. */
function setKey(batch: Batch, { key, hashes }: KeyedBatch): void {
  batch.key = key;
  hashes.forEach((hash, i) => { batch.files[i].hash = hash; });
}

export async function mergeBatches({ batches, keyVersion, corpusDir, layoutDir, cache, previous, lastBatchOf, runner, parseBytesPerWorker = PARSE_BYTES_PER_WORKER, writer, progress }: MergeInput): Promise<MergeCounts> {
  const counts: MergeCounts = { total: batches.length, fromCache: 0, carried: 0, staleCache: 0, filesParsed: 0, filesReused: 0 };
  const textDir = join(layoutDir, SHARD_DIR);
  const addResponse = (batch: Batch, response: IngestResponse) => {
    const { batch: record, mentions } = response;
    counts.filesReused += response.reused;
    counts.filesParsed += batch.files.length - response.reused;
    writer.addBatch(batch.key, record, decodeColumns(mentions, record.mentionCount, record.shard.path));
    if (cache) {
      cache.writeBatch(batch.key, record, mentions);
      linkOrCopy(join(layoutDir, record.shard.path), join(cache.dir, record.shard.path));
    }
  };
  let gazetteer: Gazetteer | undefined; // only when a stale cache entry must be rebuilt here
  /** The batch carried over from the previous layout, if it may be (false: merge it from the cache). */
  const carry = (batch: Batch): boolean => {
    const carried = previous?.batch(batch.key);
    if (!carried || !writer.addCarried(carried)) return false;
    linkOrCopy(join(cache!.dir, carried.shard.path), join(layoutDir, carried.shard.path));
    counts.fromCache++;
    counts.carried++;
    return true;
  };
  const mergeCached = async (batch: Batch, cached: Cached) => {
    if (cached) {
      linkOrCopy(join(cache!.dir, cached.batch.shard.path), join(layoutDir, cached.batch.shard.path));
      writer.addBatch(batch.key, cached.batch, cached.mentions);
      counts.fromCache++;
      return;
    }
    counts.staleCache++;
    gazetteer ??= loadIngestGazetteer();
    const { ingestTask } = await loadBatchTask();
    addResponse(batch, ingestTask(corpusDir, batch.files.map((f) => f.name), textDir, gazetteer));
  };

  const toRun: number[] = [];
  const taskOf = new Int32Array(batches.length).fill(-1);
  batches.forEach((batch, i) => { if (batch.key === '' || !cache?.hasBatch(batch.key)) taskOf[i] = toRun.push(i) - 1; });
  const lastBatches = toRun.length > 0 && cache ? lastBatchOf?.() : undefined;
  const tasks: TaskRequest[] = toRun.map((i) => ({
    type: 'ingest', dir: corpusDir, names: batches[i].files.map((f) => f.name), textDir, reuse: lastBatches && reusePlan(batches[i], cache!, lastBatches),
    keying: batches[i].key === '' ? { keyVersion, hashes: batches[i].files.map((f) => f.hash), cacheDir: cache!.dir } : undefined,
  }));
  const parseBytes = toRun.reduce((n, i) => n + batches[i].bytes, 0);
  const parsed = new Handoff<Parsed>();
  const parsing = runner.run(tasks, (response, index) => {
    if (response.type !== 'ingest' && response.type !== 'cached') throw new Error('ingest: unexpected worker response');
    return parsed.put(index, response);
  }, { workers: Math.ceil(parseBytes / Math.max(1, parseBytesPerWorker)) }).catch((e: unknown) => parsed.fail(e));

  const readAhead = new Map<number, Cached>();
  let readUpTo = 0;
  const readOneAhead = (from: number): boolean => {
    readUpTo = Math.max(readUpTo, from);
    while (readUpTo < batches.length && (taskOf[readUpTo] >= 0 || previous?.has(batches[readUpTo].key))) readUpTo++;
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
      const response = await parsed.take(taskOf[i]);
      const keyed = response.type === 'cached' ? response : response.keyed;
      if (keyed) setKey(batch, keyed);
      if (response.type === 'ingest') addResponse(batch, response);
      else if (!carry(batch)) await mergeCached(batch, cache!.readBatch(batch.key));
    } else if (!carry(batch)) {
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
  return counts;
}
