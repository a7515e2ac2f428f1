/**
 * An ingest worker thread: hashes files (for the cache) and runs the pure pipeline over batches of
 * files, writing each batch's text shard itself so texts never travel through the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './batchTask.ts';
import { loadIngestGazetteer } from './gazetteer.ts';
import type { TaskRequest, TaskResponse, WorkerData } from './protocol.ts';

const gazetteer = loadIngestGazetteer((workerData as WorkerData).gazetteerFile);
const port = parentPort!;

port.on('message', (task: TaskRequest) => {
  try {
    const response = runTask(task, gazetteer);
    port.postMessage(response, response.type === 'ingest' ? [response.mentions.buffer as ArrayBuffer] : []);
  } catch (e) {
    port.postMessage({ type: 'error', message: `ingest worker: ${(e as Error).stack ?? e}` } satisfies TaskResponse);
  }
});


