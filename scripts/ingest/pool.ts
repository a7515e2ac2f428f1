/**
 * A pool of ingest worker threads. Tasks go to whichever worker is free; `run` hands results back
 * in task order (a reorder buffer), which is what makes the merged output the same for any --jobs.
 * At most `lookahead` tasks are dispatched ahead of the oldest unconsumed one, so results waiting
 * for a slow predecessor do not pile up in memory.
 */
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { GAZETTEER_FILE, loadIngestGazetteer } from './gazetteer.ts';
import type { TaskRequest, TaskResponse, WorkerData } from './protocol.ts';
import { bundled, loadBatchTask } from './bundle.ts';

export interface TaskRunner {
  /**
   * Runs every task; `consume` sees the responses in task order. Rejects on the first failure.
   * `workers` caps the threads started for these tasks (each costs a second to start).
   */
  run(tasks: readonly TaskRequest[], consume: (response: TaskResponse, index: number) => void | Promise<void>, options?: { workers?: number }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Little work runs on the main thread, one task after the other (no worker to start), with the
 * pipeline loaded only when a task comes (a re-ingest that finds every batch unchanged never loads it).
 */
export class InlineRunner implements TaskRunner {
  private gazetteer?: Gazetteer;
  private batchTask?: typeof import('./batchTask.ts');

  async run(tasks: readonly TaskRequest[], consume: (response: TaskResponse, index: number) => void | Promise<void>): Promise<void> {
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      this.gazetteer ??= loadIngestGazetteer();
      this.batchTask ??= await loadBatchTask();
      await consume(this.batchTask.runTask(task, this.gazetteer), i);
    }
  }

  async close(): Promise<void> {}
}


/** A worker needs the pipeline, the gazetteer and one batch (~200 MB live, more for a batch of very large files); capping its heap makes V8
 *  collect garbage instead of growing the heap, which keeps the process's peak RSS down. */
const WORKER_HEAP_MB = 768;

/**
 * The pipeline allocates ~30 bytes per byte of text, nearly all of it dead within the article. With
 * V8's default young generation (16 MB semi-spaces) a worker scavenges every ~15 MB, and each
 * scavenge costs V8's helper threads a fixed share besides its survivors: measured on 1 GB with two
 * workers, 29 s of helper-thread CPU, which competes with the workers once they fill the cores.
 * Young generations of 192 MB (64 MB semi-spaces) cut it to 14 s and the run's wall time by ~12%,
 * for ~85 MB more peak RSS per worker.
 */
const WORKER_YOUNG_MB = 192;

/**
 * Tasks queued per worker: the next one waits in the worker's own queue, so a worker that finishes
 * starts on it at once instead of waiting for the main thread (busy merging a batch) to send one.
 */
const TASKS_PER_WORKER = 2;

export class WorkerPool implements TaskRunner {
  private readonly workers: Worker[] = [];
  /** One entry per free task slot of a worker. */
  private readonly idle: Worker[] = [];

  constructor(readonly size: number) {}

  /** Starts a worker now, before its tasks are known (it loads its modules and the gazetteer
   *  meanwhile), and gives it `warm` to run first (protocol.ts). */
  warmUp(warm?: Extract<TaskRequest, { type: 'warm' }>): void {
    this.start(1);
    if (warm) this.workers[0].postMessage(warm);
  }

  /** Workers start when first needed (a re-ingest that finds everything cached starts none), and
   *  no more than there are tasks. */
  private start(wanted: number): void {
    const before = this.workers.length;
    while (this.workers.length < Math.min(this.size, wanted)) {
      const workerData: WorkerData = { gazetteerFile: GAZETTEER_FILE };
      const worker = new Worker(bundled('scripts/ingest/worker.ts'), { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      this.workers.push(worker);
    }
    // Between runs every slot is free: with new workers, deal the slots out again in round-robin
    // order, so the first tasks spread over all workers.
    if (this.workers.length > before) {
      this.idle.length = 0;
      for (let k = 0; k < TASKS_PER_WORKER; k++) this.idle.push(...this.workers);
    }
  }

  async run(tasks: readonly TaskRequest[], consume: (response: TaskResponse, index: number) => void | Promise<void>, options: { workers?: number } = {}): Promise<void> {
    this.start(Math.min(tasks.length, options.workers ?? this.size));
    const lookahead = this.size * 4;
    const done = new Map<number, TaskResponse>();
    let next = 0;
    let consumed = 0;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const signal = () => { const w = wake; wake = undefined; w?.(); };

    // A worker answers its tasks in the order it got them: one listener per worker pairs them up.
    const pending = new Map<Worker, number[]>();
    const listeners: [Worker, (response: TaskResponse) => void, (e: Error) => void][] = [];
    for (const worker of new Set(this.idle)) {
      const queue: number[] = [];
      pending.set(worker, queue);
      const onMessage = (response: TaskResponse) => {
        if (response.type === 'warm') return; // not one of these tasks (warmUp)
        const index = queue.shift()!;
        this.idle.push(worker);
        if (response.type === 'error') failure ??= new Error(response.message);
        else done.set(index, response);
        dispatch();
        signal();
      };
      const onError = (e: Error) => { failure ??= e; signal(); };
      worker.on('message', onMessage);
      worker.on('error', onError);
      listeners.push([worker, onMessage, onError]);
    }
    const dispatch = () => {
      while (!failure && this.idle.length > 0 && next < tasks.length && next - consumed < lookahead) {
        const worker = this.idle.shift()!;
        const index = next++;
        pending.get(worker)!.push(index);
        worker.postMessage(tasks[index]);
      }
    };

    try {
      while (consumed < tasks.length) {
        dispatch();
        if (failure) throw failure;
        const ready = done.get(consumed);
        if (ready) {
          done.delete(consumed);
          await consume(ready, consumed);
          consumed++;
          continue;
        }
        await new Promise<void>((resolve) => { wake = resolve; });
      }
    } finally {
      for (const [worker, onMessage, onError] of listeners) { worker.off('message', onMessage); worker.off('error', onError); }
    }
  }

  /** CPU seconds each worker thread used (asked before they stop), for bench figures. */
  async workerCpuSeconds(): Promise<number[]> {
    return Promise.all(this.workers.map((worker) => new Promise<number>((resolve) => {
      const onMessage = (response: TaskResponse) => {
        if (response.type === 'warm') return; // a warm-up still running answers first
        worker.off('message', onMessage);
        resolve(response.type === 'cpu' ? (response.seconds ?? 0) : 0);
      };
      worker.on('message', onMessage);
      worker.postMessage({ type: 'cpu' } satisfies TaskRequest);
    })));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
