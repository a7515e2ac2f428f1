/**
 * One batch of corpus files through the pure pipeline into a batch record (protocol.ts): what the
 * worker threads run, and what the main thread runs itself when a cache entry turns out stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rejected } from '../../src/lib/dataset.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { ingestBatch, placesOf, type FileResult, type InputFile } from '../../src/lib/ingest/pipeline.ts';
import { dayNumber } from '../../src/lib/index/index.ts';
import { ColumnBuilder, NO_DAY, articleMetaSchema, encodeColumns } from '../../src/lib/store/index.ts';
import { batchKey } from './batches.ts';
import { hasCachedBatch } from './cachedBatch.ts';
import type { BatchKeying, BatchRecord, KeyedBatch, TaskRequest, TaskResponse } from './protocol.ts';
import { UNREADABLE, contentHash } from './contentHash.ts';
import { reusedResults, type ReusePlan } from './reuse.ts';
import { writeShard } from './shardFiles.ts';
import { threadCpuSeconds } from './threadCpu.ts';

export type IngestResponse = Extract<TaskResponse, { type: 'ingest' }>;

/** An article's metadata as a batch holds it (its shard is known once merged), checked here, in the
 *  worker, so that the main thread writes what it merges (or finds in the cache) as it is. */
const batchArticleSchema = articleMetaSchema.omit({ shard: true });

export function runTask(task: TaskRequest, gazetteer: Gazetteer): TaskResponse {
  if (task.type === 'cpu') return { type: 'cpu', seconds: threadCpuSeconds() };
  if (task.type === 'warm') {
    ingestBatch(readFiles(task.dir, task.names).files, gazetteer);
    return { type: 'warm' };
  }
  if (!task.keying) return ingestTask(task.dir, task.names, task.textDir, gazetteer, task.reuse);
  const read = new Map<string, Uint8Array>();
  const keyed = keyBatch(task.dir, task.names, task.keying, read);
  if (hasCachedBatch(task.keying.cacheDir, keyed.key)) return { type: 'cached', ...keyed };
  return { ...ingestTask(task.dir, task.names, task.textDir, gazetteer, task.reuse, read), keyed };
}

/** The batch's key, hashing the files it has no hash for; their bytes are kept in `read` to be parsed. */
function keyBatch(dir: string, names: readonly string[], keying: BatchKeying, read: Map<string, Uint8Array>): KeyedBatch {
  const hashes = names.map((name, i) => {
    if (keying.hashes[i] !== '') return keying.hashes[i];
    try {
      const bytes = readFileSync(join(dir, name));
      read.set(name, bytes);
      return contentHash(bytes);
    } catch {
      return UNREADABLE; // rejected with its reason when the batch is parsed
    }
  });
  return { key: batchKey(names.map((name, i) => ({ name, hash: hashes[i] })), keying.keyVersion), hashes };
}

/** @param read files of the batch already read (to be hashed), by name */
export function ingestTask(
  dir: string, names: string[], textDir: string, gazetteer: Gazetteer, reuse?: ReusePlan, read?: ReadonlyMap<string, Uint8Array>,
): IngestResponse {
  const reused = reuse ? reusedResults(reuse) : new Map<string, FileResult>();
  const { files, rejected } = readFiles(dir, names.filter((name) => !reused.has(name)), read);
  const parsed = new Map(ingestBatch(files, gazetteer).map((result) => [result.file, result]));
  // in name order, as if every file had been parsed (an unreadable file is in `rejected`)
  const results = names.flatMap((name) => reused.get(name) ?? parsed.get(name) ?? []);
  return { ...toBatch(results, rejected, textDir, gazetteer), reused: reused.size };
}

function readFiles(dir: string, names: readonly string[], read?: ReadonlyMap<string, Uint8Array>): { files: InputFile[]; rejected: Rejected[] } {
  const files: InputFile[] = [];
  const rejected: Rejected[] = [];
  for (const name of names) {
    try {
      files.push({ name, bytes: read?.get(name) ?? readFileSync(join(dir, name)) });
    } catch (e) {
      rejected.push({ file: name, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    }
  }
  return { files, rejected };
}

/** File results -> batch record, mention columns and the written text shard. */
function toBatch(results: FileResult[], rejected: Rejected[], textDir: string, gazetteer: Gazetteer): Omit<IngestResponse, 'reused'> {
  const ok = results.filter((r) => r.ok);
  const places = placesOf(ok.flatMap((r) => r.mentions), gazetteer);
  const placeIndex = new Map(places.map((p, i) => [p.id, i]));
  const columns = new ColumnBuilder();
  const record: BatchRecord = {
    shard: writeShard(textDir, ok.map((r) => r.article.text)),
    articles: [], places, rejected: [...rejected], warnings: [], mentionCount: 0,
  };
  for (const result of results) {
    if (!result.ok) { record.rejected.push({ file: result.file, reason: result.reason }); continue; }
    const slot = record.articles.length;
    const { text: _text, ...meta } = result.article;
    record.articles.push(batchArticleSchema.parse({ ...meta, slot }));
    for (const w of result.warnings) record.warnings.push(w);
    for (const m of result.mentions) {
      const day = m.date === undefined ? NO_DAY : (dayNumber(m.date) ?? NO_DAY);
      columns.push(slot, placeIndex.get(m.place)!, m.start, m.end, m.sentence[0], m.sentence[1], day);
    }
  }
  record.mentionCount = columns.length;
  return { type: 'ingest', batch: record, mentions: encodeColumns(columns.finish()) };
}
