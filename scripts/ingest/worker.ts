/**
 * An ingest worker thread: hashes files (for the cache) and runs the pure pipeline over batches of
 * files, writing each batch's text shard itself so texts never travel through the main thread.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { ingestTask } from './batchTask.ts';
import { loadIngestGazetteer } from './gazetteer.ts';
import type { TaskRequest, TaskResponse } from './protocol.ts';

const gazetteer = loadIngestGazetteer();
const port = parentPort!;

port.on('message', (task: TaskRequest) => {
  try {
    if (task.type === 'hash') {
      port.postMessage({ type: 'hash', hashes: task.names.map((name) => contentHash(join(task.dir, name))) } satisfies TaskResponse);
    } else {
      const response = ingestTask(task.dir, task.names, task.textDir, gazetteer);
      port.postMessage(response, [response.mentions.buffer as ArrayBuffer]);
    }
  } catch (e) {
    port.postMessage({ type: 'error', message: `ingest worker: ${(e as Error).stack ?? e}` } satisfies TaskResponse);
  }
});

function contentHash(path: string): string {
  try {
    return createHash('sha1').update(readFileSync(path)).digest('hex');
  } catch {
    return 'unreadable'; // the ingest task reports the reason
  }
}

