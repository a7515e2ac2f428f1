/**
 * The engine behind the "Search places" combobox.
 *
 * Why a normalised scan and not minisearch: the ranking we want is exact > prefix > word prefix >
 * substring, then by mention count, then by name. minisearch ranks by BM25 over tokens and has no
 * substring matching, so a multi-word name like "Kherson oblast" or a partial "herson" would need
 * workarounds on top of it. A dataset has at most a few thousand places with a handful of names
 * each (~30k short strings), which a plain startsWith/includes loop scans in well under a
 * millisecond per keystroke, with no index to build or ship.
 */
import type { Place } from '../dataset.ts';
import { foldName } from '../names/index';
import { kindLabel } from '../places/index.ts';
import { plural } from '../format/index.ts';

export interface PlaceSearchHit {
  place: Place;
  /** The name or spelling that matched, as written in the data (e.g. "Херсон", "Kiev"). */
  matched: string;
}

export interface PlaceSearchOptions {
  /** Mentions per place id, read at query time (so it can follow the current date filter):
   *  among equally good matches, places with more mentions come first. */
  count?: (placeId: string) => number;
}

/** How well a name matched: lower is better. */
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const NO_MATCH = 4;

/** Returns `search(query, limit = 10)`, best matches first; an empty query gives []. */
export function createPlaceSearch(places: Place[], opts: PlaceSearchOptions = {}): (query: string, limit?: number) => PlaceSearchHit[] {
  // Flat arrays of (folded name, place, original name), one entry per distinct folded name.
  const folded: string[] = [];
  const owner: number[] = [];
  const original: string[] = [];
  places.forEach((place, placeIndex) => {
    const seen = new Set<string>();
    for (const name of [place.name, ...(place.names ?? [])]) {
      const key = foldName(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      folded.push(key);
      owner.push(placeIndex);
      original.push(name);
    }
  });
  const best = new Uint8Array(places.length);
  const bestName = new Int32Array(places.length);

  return (query: string, limit = 10): PlaceSearchHit[] => {
    const wanted = foldName(query);
    if (wanted === '' || limit <= 0) return [];
    best.fill(NO_MATCH);
    const wordStart = ' ' + wanted;
    for (let entry = 0; entry < folded.length; entry++) {
      const name = folded[entry];
      const tier = name === wanted ? EXACT
        : name.startsWith(wanted) ? PREFIX
          : name.includes(wordStart) ? WORD_PREFIX
            : name.includes(wanted) ? SUBSTRING : NO_MATCH;
      const place = owner[entry];
      // Equal tiers: keep the shorter name (closer to what was typed).
      if (tier < best[place] || (tier === best[place] && tier !== NO_MATCH && name.length < folded[bestName[place]].length)) {
        best[place] = tier;
        bestName[place] = entry;
      }
    }
    const hits: number[] = [];
    for (let place = 0; place < places.length; place++) if (best[place] !== NO_MATCH) hits.push(place);
    const count = opts.count;
    const counts = count ? new Map(hits.map((p) => [p, count(places[p].id)])) : undefined;
    hits.sort((x, y) => best[x] - best[y]
      || (counts ? counts.get(y)! - counts.get(x)! : 0)
      || places[x].name.localeCompare(places[y].name)
      || (places[x].id < places[y].id ? -1 : 1));
    return hits.slice(0, limit).map((p) => ({ place: places[p], matched: original[bestName[p]] }));
  };
}

/** "— city · matched “Херсон”": the kind, and the spelling that matched when it says something the
 *  name does not (case, accents and punctuation aside). */
export function describeHit(hit: PlaceSearchHit): string {
  const kind = `— ${kindLabel(hit.place)}`;
  return foldName(hit.matched) !== foldName(hit.place.name) ? `${kind} · matched “${hit.matched}”` : kind;
}

/** What a screen reader hears after a keystroke: "3 places found", "No places found", or nothing. */
export function searchStatus(query: string, open: boolean, found: number): string {
  if (!open || query.trim() === '') return '';
  return found === 0 ? 'No places found' : `${plural(found, 'place')} found`;
}
