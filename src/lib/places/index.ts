export { KIND_GROUPS, type KindGroupId, PLACE_KIND_TABLE, kindGroupOf, kindLabel } from './kinds.ts';
export { type PlaceListView, type RankedPlace, kindGroupsPresent, placeListView, rankPlaces } from './list.ts';
