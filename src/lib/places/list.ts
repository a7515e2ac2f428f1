/**
 * The list of places beside the map (src/explore/PlaceList.svelte): ranking by mentions, the kind
 * filter and the split into places with and without mentions in the current range.
 */
import type { Place } from '../dataset.ts';
import { KIND_GROUPS, kindGroupOf, type KindGroupId } from './kinds.ts';

export interface RankedPlace { place: Place; count: number }

const BY_NAME = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Places with their counts, most mentioned first, ties by name, then id (a stable order). */
export function rankPlaces(places: readonly Place[], count: (id: string) => number): RankedPlace[] {
  return places
    .map((place) => ({ place, count: count(place.id) }))
    .sort((a, b) => b.count - a.count || BY_NAME.compare(a.place.name, b.place.name) || (a.place.id < b.place.id ? -1 : 1));
}

/** The kind groups that hold at least one of the places, so no filter leads to an empty list. */
export function kindGroupsPresent(places: readonly Place[]): typeof KIND_GROUPS {
  const present = new Set(places.map((p) => kindGroupOf(p.kind)));
  return KIND_GROUPS.filter((g) => present.has(g.id));
}

export interface PlaceListView {
  /** The places in the chosen group. */
  inGroup: RankedPlace[];
  /** Those with mentions in the range, most first. */
  mentioned: RankedPlace[];
  /** Those without. */
  empty: RankedPlace[];
  /** The empty ones shown: all, or when they are hidden only the selected place. */
  emptyShown: RankedPlace[];
  /** Places with mentions in the range, over all groups. */
  totalMentioned: number;
}

/**
 * What the list shows for a kind filter. A filter whose group is gone (the places changed) or the
 * only group there is shows everything, rather than an unreachable filter.
 */
export function placeListView(
  ranked: readonly RankedPlace[],
  options: { group: KindGroupId | 'all'; showEmpty: boolean; selectedId: string | null },
): PlaceListView {
  const groups = kindGroupsPresent(ranked.map((r) => r.place));
  const filter = groups.length > 1 ? groups.find((g) => g.id === options.group) : undefined;
  const inGroup = filter ? ranked.filter((r) => kindGroupOf(r.place.kind) === filter.id) : [...ranked];
  const mentioned = inGroup.filter((r) => r.count > 0);
  const empty = inGroup.filter((r) => r.count === 0);
  const emptyShown = options.showEmpty ? empty : empty.filter((r) => r.place.id === options.selectedId);
  const totalMentioned = ranked.reduce((total, r) => total + (r.count > 0 ? 1 : 0), 0);
  return { inGroup, mentioned, empty, emptyShown, totalMentioned };
}
