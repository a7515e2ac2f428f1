/** Messages between the ingest CLI and its worker threads, and the batch record the cache keeps. */
import type { Place, Rejected } from '../../src/lib/dataset.ts';
import type { IngestWarning } from '../../src/lib/ingest/pipeline.ts';
import type { ArticleMeta, ShardEntry } from '../../src/lib/store/index.ts';
import type { ReusePlan } from './reuse.ts';

export type TaskRequest =
  /** Ingest files of `dir`, taking those `reuse` names from the cache; write the batch's text
   *  shard into `textDir` (a layout's texts/). With `keying`, first hash the files it has no hash
   *  for and key the batch; when the cache has that key, answer 'cached' and parse nothing. */
  | { type: 'ingest'; dir: string; names: string[]; textDir: string; reuse?: ReusePlan; keying?: BatchKeying }
  /** Run the pipeline over these files and keep nothing: a new worker's first batches run several
   *  times slower than later ones until V8 has compiled the pipeline's hot code, so a worker started
   *  ahead of its tasks (a re-ingest) does this first while the main thread lists the corpus. */
  | { type: 'warm'; dir: string; names: string[] }
  /** The worker's own CPU time so far (bench figures). */
  | { type: 'cpu' };

export type TaskResponse =
  /** `reused`: how many of the files came from the cache (reuse.ts), not from the pipeline. */
  | { type: 'ingest'; batch: BatchRecord; mentions: Uint8Array; reused: number; keyed?: KeyedBatch }
  /** The keyed batch (a task with `keying`) is in the cache: nothing was parsed. */
  | ({ type: 'cached' } & KeyedBatch)
  | { type: 'warm' }
  | { type: 'cpu'; seconds?: number }
  | { type: 'error'; message: string };

/**
 * A batch whose files were not all hashed when it was cut (a first ingest, or many files touched):
 * the worker hashes the files as it reads them to parse, so a large corpus is read once, not once to
 * hash and again to parse. `hashes` are in `names` order, '' where not known.
 */
export interface BatchKeying { keyVersion: string; hashes: string[]; cacheDir: string }
/** The batch's key and every file's hash, for the main thread's cache entry and stat index. */
export interface KeyedBatch { key: string; hashes: string[] }

/** Everything a batch of files contributes to the dataset except the texts (in its shard) and the
 *  mention columns (binary beside it: article = slot in this batch, place = index in `places`). */
export interface BatchRecord {
  /** Path relative to the layout directory: texts/<checksum>.json. */
  shard: ShardEntry;
  /** In file-name order; `slot` = position in the shard. `shard` is set when merged. */
  articles: Omit<ArticleMeta, 'shard'>[];
  places: Place[];
  rejected: Rejected[];
  warnings: IngestWarning[];
  mentionCount: number;
}

/** What a worker is started with: it runs from a bundle (bundle.ts), so paths come from the main thread. */
export interface WorkerData { gazetteerFile: string }
