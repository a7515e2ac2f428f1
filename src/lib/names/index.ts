/** Names: one transliteration, one slug for ids, one fold for search. */
export { APOSTROPHES, isCyrillicChar, toLatin } from './transliterate';
export { slugify } from './slug';
export { foldName } from './fold';
