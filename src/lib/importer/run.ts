/**
 * One import: entries in, a Dataset of new articles out, through the same pipeline as the CLI
 * (src/lib/ingest), a batch of files at a time. Between batches it reports progress and yields to
 * its event loop, so a Web Worker can receive "cancel"; a cancelled import returns nothing (the
 * caller stores nothing), so no import is ever half-kept.
 */
import type { Article, Dataset, Mention, Place, Rejected } from '../dataset.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { ingestFiles, type InputFile, type IngestWarning } from '../ingest/pipeline.ts';
import { placesUsedBy, type ImportProgress } from '../imported/index.ts';
import { expandSources, type ImportSource } from './sources.ts';

export interface ImportOutcome {
  /** The new articles with their mentions and places; `rejected` lists every file not ingested. */
  dataset: Dataset;
  warnings: IngestWarning[];
  ignored: string[];
  /** Files read = dataset.articles.length + dataset.rejected.length. */
  read: number;
}

export interface ImportOptions {
  /** Article ids already present (the default corpus, earlier imports): a file with one of these
   *  ids is rejected as a duplicate, as the CLI rejects a second file with the same id. */
  existingIds?: ReadonlyMap<string, string>;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Files per batch; also how often progress is reported. */
  batchSize?: number;
  /** Bytes per batch at most (a batch of large files is cut short). */
  batchBytes?: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runImport(sources: readonly ImportSource[], gazetteer: Gazetteer, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { signal, onProgress, batchSize = 32, batchBytes = 4_000_000 } = options;
  const checkCancelled = () => { if (signal?.aborted) throw new ImportCancelled(); };
  const expanded = await expandSources(sources);
  checkCancelled();

  const { entries } = expanded;
  const progress: ImportProgress = {
    filesDone: expanded.rejected.length,
    filesTotal: expanded.read,
    bytesDone: 0,
    bytesTotal: entries.reduce((sum, e) => sum + e.size, 0),
  };
  onProgress?.({ ...progress });

  const fileOfId = new Map(options.existingIds ?? []);
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const places = new Map<string, Place>();
  const rejected: Rejected[] = [...expanded.rejected];
  const warnings: IngestWarning[] = [];

  let next = 0;
  while (next < entries.length) {
    const batch: InputFile[] = [];
    let bytes = 0;
    while (next < entries.length && batch.length < batchSize && (batch.length === 0 || bytes + entries[next].size <= batchBytes)) {
      const entry = entries[next++];
      try {
        batch.push({ name: entry.name, bytes: await entry.bytes() });
      } catch (e) {
        rejected.push({ file: entry.name, reason: `unreadable (${(e as Error).message})` });
      }
      bytes += entry.size;
    }
    const result = ingestFiles(batch, gazetteer);
    const keptFiles = keepNew(result.dataset, fileOfId, { articles, mentions, places, rejected });
    for (const warning of result.warnings) if (keptFiles.has(warning.file)) warnings.push(warning);
    progress.filesDone = expanded.rejected.length + next;
    progress.bytesDone += bytes;
    onProgress?.({ ...progress });
    await yieldToEventLoop();
    checkCancelled();
  }

  rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    dataset: { version: 1, articles, places: placesUsedBy(mentions, places), mentions, rejected },
    warnings,
    ignored: expanded.ignored,
    read: expanded.read,
  };
}

/** Adds a batch's results, rejecting articles whose id an earlier batch or import already has.
 *  Returns the files kept. */
function keepNew(
  batch: Dataset,
  fileOfId: Map<string, string>,
  into: { articles: Article[]; mentions: Mention[]; places: Map<string, Place>; rejected: Rejected[] },
): Set<string> {
  into.rejected.push(...batch.rejected);
  const kept = new Set<string>();
  const keptFiles = new Set<string>();
  for (const article of batch.articles) {
    const earlier = fileOfId.get(article.id);
    if (earlier !== undefined) {
      into.rejected.push({ file: article.file, reason: `duplicate id '${article.id}' (also ${earlier})` });
      continue;
    }
    fileOfId.set(article.id, article.file);
    kept.add(article.id);
    keptFiles.add(article.file);
    into.articles.push(article);
  }
  for (const mention of batch.mentions) if (kept.has(mention.article)) into.mentions.push(mention);
  for (const place of batch.places) if (!into.places.has(place.id)) into.places.set(place.id, place);
  return keptFiles;
}
