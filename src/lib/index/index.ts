/**
 * The query index (public surface): build it from a Dataset or from compact mention columns (the
 * lazy layout), then ask it for counts, the timeline's histogram, excerpts and containment.
 * See queryIndex.ts for the date semantics.
 */
import type { Dataset } from '../dataset';
import { indexInputOf } from './fromDataset';
import { QueryIndex } from './queryIndex';
import type { IndexInput, OblastCollection, PlaceIndex } from './types';

export type {
  DateBasis, DateRange, Excerpt, ExcerptGroup, ExcerptList, ExcerptOptions, ExcerptOrder, IndexInput, Mark, OblastCollection,
  OutsideResult, PlaceIndex, Query, TextAccess,
} from './types';
export { DATE_BASES } from './types';
export { dayNumber, dayString, isIsoDay } from '../days/index';
export { indexInputOf } from './fromDataset';
export { combineInputs, materializeDataset } from './combine';

/**
 * Build the index. `oblasts` (admin-1 polygons whose feature `id`, or `properties.id`, is the
 * place id, e.g. `kherson-oblast`) enables point-in-polygon for `placesInside`; without it only
 * `place.parent` links are used. Throws on mentions that point at unknown articles or places, or
 * dates that are not real YYYY-MM-DD dates.
 */
export function buildIndex(data: Dataset | IndexInput, oblasts?: OblastCollection): PlaceIndex {
  return new QueryIndex('version' in data ? indexInputOf(data) : data, oblasts);
}
