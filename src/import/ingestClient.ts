/**
 * The page's side of the ingest worker: one worker for the page's life (it loads the gazetteer
 * once), progress as callbacks, Cancel as a message. Files are handed over a few dozen per task so
 * that cloning them never blocks the page; the result is unpacked in its own task.
 */
import type { Dataset } from '../lib/dataset';
import { FILES_PER_MESSAGE, unpackMentions, type FromWorker, type ImportProgress, type ImportReport, type PickedFile, type ToWorker } from '../lib/imported/index';

export type JobResult =
  | { status: 'done'; dataset: Dataset; report: ImportReport }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface Job {
  result: Promise<JobResult>;
  cancel(): void;
}

export const IMPORT_FINISHED_MARK = 'placeline-import-finished';
export const IMPORT_SHOWN_MARK = 'placeline-import-shown';

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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Request = { type: 'import'; files: PickedFile[] } | { type: 'open-dataset'; file: File };

export function startJob(request: Request, existingIds: Map<string, string>, onProgress: (progress: ImportProgress) => void): Job {
  const job = nextJob++;
  const target = ingestWorker();
  const send = (message: ToWorker) => target.postMessage(message);
  let cancelled = false;
  const result = new Promise<JobResult>((resolve) => {
    listeners.set(job, (message) => {
      if (message.type === 'progress') return onProgress(message.progress);
      listeners.delete(job);
      if (message.type === 'cancelled') resolve({ status: 'cancelled' });
      else if (message.type === 'failed') resolve({ status: 'failed', message: message.message });
      else {
        // User Timing marks: the import's work ends here, the page's work of showing it starts.
        performance.mark(IMPORT_FINISHED_MARK);
        const { dataset, report } = message;
        // The page unpacks in a task of its own, then the caller rebuilds the index in another.
        void nextTask().then(() => {
          resolve({ status: 'done', dataset: { ...dataset, mentions: unpackMentions(dataset.mentions) }, report });
        });
      }
    });
  });
  const ids: [string, string][] = [...existingIds];
  void (async () => {
    if (request.type === 'open-dataset') return send({ type: 'open-dataset', job, file: request.file, existingIds: ids });
    for (let at = 0; at < request.files.length && !cancelled; at += FILES_PER_MESSAGE) {
      send({ type: 'files', job, files: request.files.slice(at, at + FILES_PER_MESSAGE) });
      await nextTask();
    }
    if (!cancelled) send({ type: 'import', job, existingIds: ids });
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      send({ type: 'cancel', job });
    },
  };
}
