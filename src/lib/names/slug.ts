import { APOSTROPHES, toLatin } from './transliterate';

/** ASCII slug for ids: "Ivano-Frankivs'k" -> "ivano-frankivsk", "Бережани" -> "berezhani". */
export function slugify(s: string): string {
  return toLatin(s, false).replace(APOSTROPHES, '').replace(/\./g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
