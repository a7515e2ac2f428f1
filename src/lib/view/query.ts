/** From the page's view state to what the index is asked, and its answers by place id. */
import type { Place } from '../dataset.ts';
import type { Query } from '../index/index';
import type { ViewState } from './urlstate.ts';

/** The index query a view asks: its date range, basis and undated toggle. */
export function queryOf(view: ViewState): Query {
  return { range: { from: view.from, to: view.to }, basis: view.basis, includeUndated: view.includeUndated };
}

/** Per-place counts (in `places` order, as the index returns them) keyed by place id. */
export function countsByPlace(places: readonly Place[], counts: ArrayLike<number>): Map<string, number> {
  return new Map(places.map((place, i) => [place.id, counts[i]]));
}
