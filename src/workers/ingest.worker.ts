/**
 * The ingest Web Worker: runs the CLI's pipeline on files added in the page, keeps the result in
 * IndexedDB (one transaction, after the last batch: a cancelled import leaves nothing), and sends
 * the page the new articles and the import report. The page's thread only draws.
 */
import '../zod-csp';
import type { Gazetteer } from '../lib/gazetteer/index';
import { GAZETTEER_FILE, gazetteerFromBytes } from '../lib/gazetteer/index';
// The world gazetteer (built by npm run build:gazetteer) ships as a file of the app's own origin.
import gazetteerUrl from '../../geo/gazetteer.bin?url';
import type { Dataset } from '../lib/dataset';
import { packMentions, type FromWorker, type ImportReport, type PickedFile, type ToWorker } from '../lib/imported/index';
import { datasetToAdd, ImportCancelled, reportOf, runImport, type ImportSource } from '../lib/importer/index';
import { openArticleStore, type ArticleStore } from '../lib/persist/index';

/** The worker's global scope (the project's TypeScript lib is the DOM's, not the webworker one). */
const scope = self as unknown as { postMessage(message: FromWorker, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

let gazetteer: Promise<Gazetteer> | undefined;

async function fetchGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`${GAZETTEER_FILE}: could not be loaded (HTTP ${response.status})`);
  return gazetteerFromBytes(await response.arrayBuffer(), GAZETTEER_FILE);
}

/** The gazetteer, fetched and decoded once per worker (a failed load is tried again next time). */
function workerGazetteer(): Promise<Gazetteer> {
  gazetteer ??= fetchGazetteer().catch((e) => {
    gazetteer = undefined;
    throw e;
  });
  return gazetteer;
}

let store: Promise<ArticleStore> | undefined;
const articleStore = () => (store ??= openArticleStore());

const running = new Map<number, AbortController>();
/** Files received for jobs not yet started. */
const pending = new Map<number, PickedFile[]>();
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function postDone(job: number, dataset: Dataset, report: ImportReport) {
  const mentions = packMentions(dataset.mentions);
  post({ type: 'done', job, dataset: { ...dataset, mentions }, report }, [mentions.columns.buffer]);
}

function sourceOf({ file, relativePath }: PickedFile): ImportSource {
  return { name: file.name, size: file.size, relativePath, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'cancel') {
    pending.delete(message.job);
    const job = running.get(message.job);
    // A running job stops after its batch and answers then; one not started answers now.
    if (job) job.abort();
    else post({ type: 'cancelled', job: message.job });
    return;
  }
  if (message.type === 'files') {
    pending.set(message.job, [...(pending.get(message.job) ?? []), ...message.files]);
    return;
  }
  const { job } = message;
  const controller = new AbortController();
  running.set(job, controller);
  try {
    const existingIds = new Map(message.existingIds);
    if (message.type === 'import') {
      const files = pending.get(job) ?? [];
      pending.delete(job);
      const outcome = await runImport(files.map(sourceOf), await workerGazetteer(), {
        existingIds,
        signal: controller.signal,
        onProgress: (progress) => post({ type: 'progress', job, progress }),
      });
      if (controller.signal.aborted) throw new ImportCancelled();
      await (await articleStore()).add(outcome.dataset);
      postDone(job, outcome.dataset, reportOf(outcome));
    } else {
      const { dataset, report } = datasetToAdd(await message.file.text(), message.file.name, existingIds);
      await (await articleStore()).add(dataset);
      postDone(job, dataset, report);
    }
  } catch (e) {
    if (e instanceof ImportCancelled) post({ type: 'cancelled', job });
    else post({ type: 'failed', job, message: (e as Error).message });
  } finally {
    running.delete(job);
  }
}

scope.onmessage = (event) => void handle(event.data);
