/**
 * The bytes of one cached batch file (cache.ts): a little-endian uint32 head length, the JSON head
 * (format, key, the batch record with its places named by id, the columns' size and checksum) padded
 * with spaces to 4 bytes, then the mention columns, which are thus read in place. Its own module
 * because a worker reads old entries too, to reuse the unchanged files of a changed batch (reuse.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkBytes, checksum, decodeColumns, type MentionColumns } from '../../src/lib/store/index.ts';
import type { BatchRecord } from './protocol.ts';

export const BATCH_FORMAT = 'placeline-cached-batch-2';

/** Where the cache in `cacheDir` keeps the entry of a batch key (or would). */
export function cachedBatchFile(cacheDir: string, key: string): string {
  return join(cacheDir, 'batches', `${key}.batch`);
}

/** A cheap check (no read): has the cache an entry for this key? Reading it still checks it. */
export function hasCachedBatch(cacheDir: string, key: string): boolean {
  return existsSync(cachedBatchFile(cacheDir, key));
}

/** The JSON head of a cached batch file; the mention columns follow it. */
export interface CachedBatchHead {
  format: string; key: string;
  batch: Omit<BatchRecord, 'places'> & { places: string[] };
  mentions: { bytes: number; checksum: string };
}

export function encodeCachedBatch(key: string, batch: BatchRecord, mentions: Uint8Array): Uint8Array {
  const head: CachedBatchHead = {
    format: BATCH_FORMAT, key, batch: { ...batch, places: batch.places.map((p) => p.id) },
    mentions: { bytes: mentions.length, checksum: checksum(mentions) },
  };
  const json = JSON.stringify(head);
  const headBytes = Buffer.from(json.padEnd(json.length + ((4 - (Buffer.byteLength(json) % 4)) % 4)));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headBytes.length);
  return Buffer.concat([length, headBytes, mentions]);
}

/** The head and columns of a cached batch file of this key; throws when it is not one. */
export function decodeCachedBatch(bytes: Buffer, key: string): { head: CachedBatchHead; mentions: MentionColumns } {
  const headBytes = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headBytes)) as CachedBatchHead;
  if (head.format !== BATCH_FORMAT || head.key !== key) throw new Error(`${key}.batch: not the cached batch of this key`);
  const columns = bytes.subarray(4 + headBytes);
  checkBytes(columns, { path: `${key}.batch`, ...head.mentions });
  return { head, mentions: decodeColumns(columns, head.batch.mentionCount, `${key}.batch`) };
}
