/**
 * The ingest Web Worker: runs the CLI's pipeline on files added in the page, keeps the result in
 * IndexedDB (one transaction, after the last batch: a cancelled import leaves nothing), and sends
 * the page the new articles and the import report. The page's thread only draws.
 */
import '../zod-csp';
import type { Gazetteer } from '../lib/gazetteer/index';
import { loadGazetteer } from '../lib/gazetteer/index';
import { datasetToAdd, ImportCancelled, reportOf, runImport, type FromWorker, type ImportSource, type PickedFile, type ToWorker } from '../lib/importer/index';
import { openArticleStore, type ArticleStore } from '../lib/persist/index';

/** The worker's global scope (the project's TypeScript lib is the DOM's, not the webworker one). */
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

let gazetteer: Gazetteer | undefined;

/** The gazetteer, loaded once per worker; the one place to switch to another gazetteer loader. */
function workerGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

let store: Promise<ArticleStore> | undefined;
const articleStore = () => (store ??= openArticleStore());

const running = new Map<number, AbortController>();
const post = (message: FromWorker) => scope.postMessage(message);

function sourceOf({ file, relativePath }: PickedFile): ImportSource {
  return { name: file.name, size: file.size, relativePath, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'cancel') {
    running.get(message.job)?.abort();
    return;
  }
  const { job } = message;
  const controller = new AbortController();
  running.set(job, controller);
  try {
    const existingIds = new Map(message.existingIds);
    if (message.type === 'import') {
      const outcome = await runImport(message.files.map(sourceOf), workerGazetteer(), {
        existingIds,
        signal: controller.signal,
        onProgress: (progress) => post({ type: 'progress', job, progress }),
      });
      if (controller.signal.aborted) throw new ImportCancelled();
      await (await articleStore()).add(outcome.dataset);
      post({ type: 'done', job, dataset: outcome.dataset, report: reportOf(outcome) });
    } else {
      const { dataset, report } = datasetToAdd(await message.file.text(), message.file.name, existingIds);
      await (await articleStore()).add(dataset);
      post({ type: 'done', job, dataset, report });
    }
  } catch (e) {
    if (e instanceof ImportCancelled) post({ type: 'cancelled', job });
    else post({ type: 'failed', job, message: (e as Error).message });
  } finally {
    running.delete(job);
  }
}

scope.onmessage = (event) => void handle(event.data);
