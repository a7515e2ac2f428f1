/**
 * "Open dataset…": a Dataset JSON (as the CLI writes it or the page exports it) is checked against
 * the dataset schema and its articles join the user's own, except those whose id is already there.
 */
import { parseDataset, type Dataset, type Rejected } from '../dataset.ts';
import { placesUsedBy, type ImportReport } from '../imported/index.ts';

/** @throws Error naming the file and the problem when it is not a valid Dataset JSON. */
export function datasetToAdd(json: string, fileName: string, existingIds: ReadonlyMap<string, string>): { dataset: Dataset; report: ImportReport } {
  const opened = parseDataset(json, fileName);
  const rejected: Rejected[] = [];
  const kept = new Set<string>();
  const articles = opened.articles.filter((article) => {
    const earlier = existingIds.get(article.id);
    if (earlier !== undefined) {
      rejected.push({ file: article.file, reason: `duplicate id '${article.id}' (also ${earlier})` });
      return false;
    }
    kept.add(article.id);
    return true;
  });
  const mentions = opened.mentions.filter((m) => kept.has(m.article));
  const places = placesUsedBy(mentions, new Map(opened.places.map((p) => [p.id, p])));
  const dataset: Dataset = { version: 1, articles, places, mentions, rejected };
  return {
    dataset,
    report: {
      label: fileName,
      read: opened.articles.length,
      ingested: articles.length,
      rejected,
      warnings: [],
      ignored: [],
      mentions: mentions.length,
      places: places.length,
      unit: 'article',
    },
  };
}
