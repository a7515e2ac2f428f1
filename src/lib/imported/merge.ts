/**
 * The dataset the page shows: the bundled corpus (unless hidden) plus the user's own articles.
 * Article ids are unique across both (an import rejects a duplicate), so merging is concatenation;
 * places are shared and taken once.
 */
import type { Dataset, Mention, Place } from '../dataset.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The places the mentions name, with their `parent` chains, sorted by id. */
export function placesUsedBy(mentions: readonly Mention[], placesById: ReadonlyMap<string, Place>): Place[] {
  const used = new Map<string, Place>();
  for (const mention of mentions) {
    let id: string | undefined = mention.place;
    while (id && !used.has(id)) {
      const place = placesById.get(id);
      if (!place) break;
      used.set(id, place);
      id = place.parent;
    }
  }
  return [...used.values()].sort(byId);
}

export function mergeDatasets(datasets: readonly Dataset[]): Dataset {
  if (datasets.length === 1) return datasets[0];
  const placesById = new Map<string, Place>();
  for (const dataset of datasets) for (const place of dataset.places) if (!placesById.has(place.id)) placesById.set(place.id, place);
  const mentions = datasets.flatMap((d) => d.mentions);
  return {
    version: 1,
    articles: datasets.flatMap((d) => d.articles),
    places: placesUsedBy(mentions, placesById),
    mentions,
    rejected: datasets.flatMap((d) => d.rejected),
  };
}

export const EMPTY_DATASET: Dataset = { version: 1, articles: [], places: [], mentions: [], rejected: [] };
