/**
 * The user's own articles as the page holds them: loaded from this device's IndexedDB at start,
 * merged with the bundled corpus (unless it is hidden) into the dataset the index is built from.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Article, Dataset } from '../lib/dataset';
import { buildIndex, combineInputs, indexInputOf, type IndexInput, type PlaceIndex } from '../lib/index/index';
import { EMPTY_DATASET, mergeDatasets, placesUsedBy } from '../lib/imported/index';
import { openArticleStore, type ArticleStore } from '../lib/persist/index';
import type { AppData } from '../loadData';

export interface MyArticles {
  dataset: Dataset;
  showDefault: boolean;
  /** Why the articles cannot be kept on this device (e.g. storage blocked), if so. */
  storageProblem?: string;
}

const SHOW_DEFAULT = 'showDefault';
let store: Promise<ArticleStore> | undefined;
export const articleStore = () => (store ??= openArticleStore());

export async function loadMyArticles(): Promise<MyArticles> {
  try {
    const kept = await articleStore();
    const [dataset, showDefault] = await Promise.all([kept.load(), kept.readSetting<boolean>(SHOW_DEFAULT)]);
    return { dataset, showDefault: showDefault ?? true };
  } catch (e) {
    return { dataset: EMPTY_DATASET, showDefault: true, storageProblem: `Your articles cannot be kept on this device: ${(e as Error).message}` };
  }
}

export async function keepShowDefault(showDefault: boolean): Promise<void> {
  await (await articleStore()).writeSetting(SHOW_DEFAULT, showDefault);
}

/** What is shown: the bundled corpus (unless hidden) and the user's own articles. */
export function shownInput(data: AppData, mine: MyArticles): IndexInput {
  if (!mine.showDefault) return indexInputOf(mine.dataset);
  return mine.dataset.articles.length ? combineInputs(data.input, mine.dataset) : data.input;
}

/** The index over what is shown: the bundled corpus's own index when nothing is added or hidden. */
export function shownIndex(data: AppData, mine: MyArticles): PlaceIndex {
  if (mine.dataset.articles.length === 0 && mine.showDefault) return data.index;
  return buildIndex(shownInput(data, mine), data.geo.regional.admin1 as FeatureCollection<Polygon | MultiPolygon>);
}

/** Every article id in use (bundled and own), with its file: an import rejects these as duplicates. */
export function idsInUse(base: readonly Article[], mine: Dataset): Map<string, string> {
  return new Map([...base, ...mine.articles].map((a) => [a.id, a.file]));
}

export function withArticles(mine: Dataset, added: Dataset): Dataset {
  return mergeDatasets([mine, { ...added, rejected: [] }]);
}

export function withoutArticle(mine: Dataset, articleId: string): Dataset {
  const mentions = mine.mentions.filter((m) => m.article !== articleId);
  return {
    ...mine,
    articles: mine.articles.filter((a) => a.id !== articleId),
    mentions,
    places: placesUsedBy(mentions, new Map(mine.places.map((p) => [p.id, p]))),
  };
}
