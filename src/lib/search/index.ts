export { type PlaceSearchHit, type PlaceSearchOptions, createPlaceSearch, describeHit, searchStatus } from './placeSearch.ts';
export { arrowActive } from './combobox.ts';
