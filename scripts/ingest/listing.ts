/**
 * The corpus directory, non-recursively, from directory entries and stat() alone (files are read
 * later, by the workers). Hidden files and subdirectories are not read and not counted, but listed
 * as ignored; every other entry is "read": it is ingested or rejected with a reason.
 */
import { readdirSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Rejected } from '../../src/lib/dataset.ts';
import { byName, rejectionBeforeReading } from '../../src/lib/ingest/files.ts';
import { isStoryFile } from '../story/copyStory.ts';

export interface ListedFile { name: string; size: number; mtimeMs: number }

export interface CorpusListing {
  /** Files to read and ingest, in name order. */
  files: ListedFile[];
  rejected: Rejected[];
  ignored: string[];
  read: number;
}

/** What stat() says of each name: its kind, size and mtime, in columns shared by the threads that
 *  stat them, which take the names a chunk at a time from the counter `next`. */
interface Stats { next: Int32Array; kind: Uint8Array; size: Float64Array; mtimeMs: Float64Array }
const MISSING = 0, FILE = 1, DIRECTORY = 2, OTHER = 3;
const CHUNK = 512;

/** From this many entries another thread stats them too: stat() of 150,000 files is most of a
 *  re-ingest's listing, and the thread costs a few tens of milliseconds to start. */
const STAT_IN_TWO_THREADS = 20_000;

export interface ListingOptions {
  /** Entries from which a second thread stats them too (tests set it low). */
  twoThreadsFrom?: number;
  /** Work for this thread while the other one stats: this thread then stats fewer of the names
   *  (each thread takes the next chunk when it is free), so the two overlap. */
  meanwhile?: () => void;
}

export async function listCorpus(dir: string, { twoThreadsFrom = STAT_IN_TWO_THREADS, meanwhile }: ListingOptions = {}): Promise<CorpusListing> {
  // Names only (stat() says what each is): directory entry objects for 150,000 files cost a third of the listing.
  const names = readdirSync(dir).sort(byName);
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  const stats: Stats = {
    next: new Int32Array(new SharedArrayBuffer(4)),
    kind: new Uint8Array(new SharedArrayBuffer(names.length)),
    size: new Float64Array(new SharedArrayBuffer(8 * names.length)),
    mtimeMs: new Float64Array(new SharedArrayBuffer(8 * names.length)),
  };
  const second = names.length >= twoThreadsFrom ? statInWorker(prefix, names, stats) : undefined;
  meanwhile?.();
  statChunks(prefix, names, stats);
  await second;
  // (an atomic read after the other thread's last take of the counter: its writes are visible)
  Atomics.load(stats.next, 0);

  const listing: CorpusListing = { files: [], rejected: [], ignored: [], read: 0 };
  for (let i = 0; i < names.length; i++) addEntry(listing, names[i], stats.kind[i], stats.size[i], stats.mtimeMs[i]);
  return listing;
}

function addEntry(listing: CorpusListing, name: string, kind: number, size: number, mtimeMs: number): void {
  if (name.startsWith('.')) {
    listing.ignored.push(`${name} (hidden)`);
    return;
  }
  if (isStoryFile(name)) {
    listing.ignored.push(`${name} (the corpus's story: title and map overlays)`);
    return;
  }
  if (kind === DIRECTORY) {
    listing.ignored.push(`${name}/ (subdirectory; the corpus is read non-recursively)`);
    return;
  }
  listing.read++;
  if (kind === MISSING) listing.rejected.push({ file: name, reason: 'unreadable (broken symbolic link)' });
  else if (kind === OTHER) listing.rejected.push({ file: name, reason: 'not a regular file' });
  else {
    const early = rejectionBeforeReading(name, size);
    if (early) listing.rejected.push({ file: name, reason: early });
    else listing.files.push({ name, size, mtimeMs });
  }
}

function statChunks(prefix: string, names: readonly string[], stats: Stats): void {
  for (let from = Atomics.add(stats.next, 0, CHUNK); from < names.length; from = Atomics.add(stats.next, 0, CHUNK)) {
    for (let i = from; i < Math.min(from + CHUNK, names.length); i++) {
      const stat = statSync(prefix + names[i], { throwIfNoEntry: false }); // follows symbolic links
      stats.kind[i] = !stat ? MISSING : stat.isDirectory() ? DIRECTORY : stat.isFile() ? FILE : OTHER;
      stats.size[i] = stat?.size ?? 0;
      stats.mtimeMs[i] = stat?.mtimeMs ?? 0;
    }
  }
}

/** statChunks() in a thread of its own: plain JavaScript, so that it starts in milliseconds (no bundle, no TypeScript). */
const STAT_WORKER = `
const { parentPort, workerData: { prefix, names, stats } } = require('node:worker_threads');
const { statSync } = require('node:fs');
const { next, kind, size, mtimeMs } = stats;
for (let from = Atomics.add(next, 0, ${CHUNK}); from < names.length; from = Atomics.add(next, 0, ${CHUNK})) {
  for (let i = from; i < Math.min(from + ${CHUNK}, names.length); i++) {
    const stat = statSync(prefix + names[i], { throwIfNoEntry: false });
    kind[i] = !stat ? ${MISSING} : stat.isDirectory() ? ${DIRECTORY} : stat.isFile() ? ${FILE} : ${OTHER};
    size[i] = stat ? stat.size : 0;
    mtimeMs[i] = stat ? stat.mtimeMs : 0;
  }
}
parentPort.postMessage('done');
`;

function statInWorker(prefix: string, names: readonly string[], stats: Stats): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(STAT_WORKER, { eval: true, workerData: { prefix, names, stats } });
    worker.once('message', () => { resolve(); void worker.terminate(); });
    worker.once('error', reject);
  });
}
