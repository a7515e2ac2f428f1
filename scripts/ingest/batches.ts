/**
 * Batches of files, cut where the file NAMES say (content-defined chunking): a boundary follows
 * every file whose name hashes to 0 mod the target size, or a batch reaches four times that. Adding or
 * removing a file changes only its own batch, so the other batches (and their cache entries and
 * text shards) stay the same however the corpus grows; and the batches do not depend on --jobs.
 */
import { createHash } from 'node:crypto';

export const TARGET_BATCH_FILES = 64;

/** `hash` is '' while the content is not hashed yet: its batch is keyed by the worker that reads it. */
export interface CorpusFile { name: string; size: number; hash: string }
/** `key` is '' until every file's hash is known (run.ts, mergeBatches.ts). */
export interface Batch { key: string; files: CorpusFile[]; bytes: number }

export function splitBatches(files: readonly CorpusFile[], version: string, target = TARGET_BATCH_FILES, max = target * 4): Batch[] {
  const batches: Batch[] = [];
  let current: CorpusFile[] = [];
  const keyVersion = batchKeyVersion(version, target);
  const close = () => {
    if (current.length === 0) return;
    const key = current.some((f) => f.hash === '') ? '' : batchKey(current, keyVersion);
    batches.push({ key, files: current, bytes: current.reduce((n, f) => n + f.size, 0) });
    current = [];
  };
  for (const file of files) {
    current.push(file);
    if (nameHash(file.name) % target === 0 || current.length >= max) close();
  }
  close();
  return batches;
}

/** For each file, the key of its batch (as splitBatches cuts them) and its content hash. */
export function batchOfFile(batches: readonly Batch[]): Map<string, { key: string; hash: string }> {
  const of = new Map<string, { key: string; hash: string }>();
  for (const { key, files } of batches) for (const { name, hash } of files) of.set(name, { key, hash });
  return of;
}

/** What batch keys are made with besides the files: the version, and the target, so that batches
 *  cut differently never share a cache entry. */
export function batchKeyVersion(version: string, target = TARGET_BATCH_FILES): string {
  return `${version}/${target}`;
}

/** The cache key: the pipeline and gazetteer version, and every file's name and content hash. */
export function batchKey(files: readonly Pick<CorpusFile, 'name' | 'hash'>[], version: string): string {
  const hash = createHash('sha1').update(version);
  for (const f of files) hash.update(`\0${f.name}\0${f.hash}`);
  return hash.digest('hex');
}

/** FNV-1a over the UTF-16 code units of the name. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
