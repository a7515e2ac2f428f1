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

/** What stat() says of each name: its kind, size and mtime, in columns. */
interface Stats { kind: Uint8Array; size: Float64Array; mtimeMs: Float64Array }
const MISSING = 0, FILE = 1, DIRECTORY = 2, OTHER = 3;

/** Above this many entries another thread stats half of them: stat() of 150,000 files is most of a
 *  re-ingest's listing, and the thread costs a few tens of milliseconds to start. */
const STAT_IN_TWO_THREADS = 20_000;

/** @param twoThreadsFrom entries from which a second thread stats half of them (tests set it low) */
export async function listCorpus(dir: string, twoThreadsFrom = STAT_IN_TWO_THREADS): Promise<CorpusListing> {
  // Names only (stat() says what each is): directory entry objects for 150,000 files cost a third of the listing.
  const names = readdirSync(dir).sort(byName);
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  const half = names.length >= twoThreadsFrom ? names.length >> 1 : names.length;
  const second = half < names.length ? statInWorker(prefix, names.slice(half)) : undefined;
  const first = statAll(prefix, names.slice(0, half));
  const parts = [first, ...(second ? [await second] : [])];

  const listing: CorpusListing = { files: [], rejected: [], ignored: [], read: 0 };
  let i = 0;
  for (const stats of parts) {
    for (let k = 0; k < stats.kind.length; k++, i++) addEntry(listing, names[i], stats.kind[k], stats.size[k], stats.mtimeMs[k]);
  }
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

function statAll(prefix: string, names: readonly string[]): Stats {
  const stats: Stats = { kind: new Uint8Array(names.length), size: new Float64Array(names.length), mtimeMs: new Float64Array(names.length) };
  names.forEach((name, i) => {
    const stat = statSync(prefix + name, { throwIfNoEntry: false }); // follows symbolic links
    stats.kind[i] = !stat ? MISSING : stat.isDirectory() ? DIRECTORY : stat.isFile() ? FILE : OTHER;
    stats.size[i] = stat?.size ?? 0;
    stats.mtimeMs[i] = stat?.mtimeMs ?? 0;
  });
  return stats;
}

/** statAll() in a thread of its own: plain JavaScript, so that it starts in milliseconds (no bundle, no TypeScript). */
const STAT_WORKER = `
const { parentPort, workerData: { prefix, names } } = require('node:worker_threads');
const { statSync } = require('node:fs');
const kind = new Uint8Array(names.length), size = new Float64Array(names.length), mtimeMs = new Float64Array(names.length);
for (let i = 0; i < names.length; i++) {
  const stat = statSync(prefix + names[i], { throwIfNoEntry: false });
  kind[i] = !stat ? ${MISSING} : stat.isDirectory() ? ${DIRECTORY} : stat.isFile() ? ${FILE} : ${OTHER};
  size[i] = stat ? stat.size : 0;
  mtimeMs[i] = stat ? stat.mtimeMs : 0;
}
parentPort.postMessage({ kind, size, mtimeMs }, [kind.buffer, size.buffer, mtimeMs.buffer]);
`;

function statInWorker(prefix: string, names: string[]): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(STAT_WORKER, { eval: true, workerData: { prefix, names } });
    worker.once('message', (stats: Stats) => { resolve(stats); void worker.terminate(); });
    worker.once('error', reject);
  });
}
