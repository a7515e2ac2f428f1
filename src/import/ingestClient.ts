/**
 * The page's side of the ingest worker: one worker for the page's life (it loads the gazetteer
 * once), one job at a time, progress as callbacks, Cancel as a message.
 */
import type { Dataset } from '../lib/dataset';
import type { FromWorker, ImportProgress, ImportReport, PickedFile, ToWorker } from '../lib/importer/index';

export type JobResult =
  | { status: 'done'; dataset: Dataset; report: ImportReport }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface Job {
  result: Promise<JobResult>;
  cancel(): void;
}

let worker: Worker | undefined;
let nextJob = 1;
const listeners = new Map<number, (message: FromWorker) => void>();

function ingestWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'placeline-ingest' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => listeners.get(event.data.job)?.(event.data);
    worker.onerror = (event) => {
      // A crash (e.g. out of memory) fails every job in flight rather than leaving them waiting.
      for (const [job, listener] of listeners) listener({ type: 'failed', job, message: event.message || 'the import worker stopped' });
    };
  }
  return worker;
}

type Request = { type: 'import'; files: PickedFile[] } | { type: 'open-dataset'; file: File };

export function startJob(request: Request, existingIds: Map<string, string>, onProgress: (progress: ImportProgress) => void): Job {
  const job = nextJob++;
  const target = ingestWorker();
  const result = new Promise<JobResult>((resolve) => {
    listeners.set(job, (message) => {
      if (message.type === 'progress') return onProgress(message.progress);
      listeners.delete(job);
      if (message.type === 'done') resolve({ status: 'done', dataset: message.dataset, report: message.report });
      else if (message.type === 'cancelled') resolve({ status: 'cancelled' });
      else resolve({ status: 'failed', message: message.message });
    });
  });
  const ids: [string, string][] = [...existingIds];
  const message: ToWorker = request.type === 'import'
    ? { type: 'import', job, files: request.files, existingIds: ids }
    : { type: 'open-dataset', job, file: request.file, existingIds: ids };
  target.postMessage(message);
  return { result, cancel: () => target.postMessage({ type: 'cancel', job } satisfies ToWorker) };
}
