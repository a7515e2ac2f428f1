/** Messages between the ingest CLI and its worker threads, and the batch record the cache keeps. */
import type { Place, Rejected } from '../../src/lib/dataset.ts';
import type { IngestWarning } from '../../src/lib/ingest/pipeline.ts';
import type { ArticleMeta, ShardEntry } from '../../src/lib/store/index.ts';
import type { ReusePlan } from './reuse.ts';

export type TaskRequest =
  | { type: 'hash'; dir: string; names: string[] }
  /** Ingest files of `dir`, taking those `reuse` names from the cache; write the batch's text
   *  shard into `textDir` (a layout's texts/). */
  | { type: 'ingest'; dir: string; names: string[]; textDir: string; reuse?: ReusePlan }
  /** Run the pipeline over these files and keep nothing: a new worker's first batches run several
   *  times slower than later ones until V8 has compiled the pipeline's hot code, so a worker started
   *  ahead of its tasks (a re-ingest) does this first while the main thread lists the corpus. */
  | { type: 'warm'; dir: string; names: string[] }
  /** The worker's own CPU time so far (bench figures). */
  | { type: 'cpu' };

export type TaskResponse =
  | { type: 'hash'; hashes: string[] }
  /** `reused`: how many of the files came from the cache (reuse.ts), not from the pipeline. */
  | { type: 'ingest'; batch: BatchRecord; mentions: Uint8Array; reused: number }
  | { type: 'warm' }
  | { type: 'cpu'; seconds?: number }
  | { type: 'error'; message: string };

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
