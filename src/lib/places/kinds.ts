/**
 * The one table of place kinds as the page shows them: each kind's label and the group it is
 * filtered under in the list of places. It already holds the kinds a world gazetteer adds (admin2,
 * continent, ocean, lake, mountains, strait); any other kind added to PLACE_KINDS (dataset.ts) fails
 * the type check here until it has a label and a group.
 */
import type { Place, PlaceKind } from '../dataset.ts';

export type KindGroupId = 'settlements' | 'regions' | 'water' | 'countries' | 'other';

/** The list's kind filter, in the order its buttons appear; "Other" holds what fits none. */
export const KIND_GROUPS: readonly { id: KindGroupId; label: string }[] = [
  { id: 'settlements', label: 'Cities & towns' },
  { id: 'regions', label: 'Regions' },
  { id: 'water', label: 'Rivers & water' },
  { id: 'countries', label: 'Countries' },
  { id: 'other', label: 'Other' },
];

interface KindInfo { label: string; group: KindGroupId }

const KINDS = {
  city: { label: 'city', group: 'settlements' },
  town: { label: 'town', group: 'settlements' },
  village: { label: 'village', group: 'settlements' },
  admin1: { label: 'first-level region', group: 'regions' },
  admin2: { label: 'district', group: 'regions' },
  region: { label: 'region', group: 'regions' },
  peninsula: { label: 'peninsula', group: 'regions' },
  continent: { label: 'continent', group: 'regions' },
  mountains: { label: 'mountains', group: 'regions' },
  river: { label: 'river', group: 'water' },
  reservoir: { label: 'reservoir', group: 'water' },
  canal: { label: 'canal', group: 'water' },
  sea: { label: 'sea', group: 'water' },
  ocean: { label: 'ocean', group: 'water' },
  lake: { label: 'lake', group: 'water' },
  strait: { label: 'strait', group: 'water' },
  dam: { label: 'dam', group: 'water' },
  country: { label: 'country', group: 'countries' },
  power_plant: { label: 'power plant', group: 'other' },
} as const satisfies Readonly<Record<string, KindInfo>>;

export const PLACE_KIND_TABLE: Readonly<Record<PlaceKind, KindInfo>> = KINDS;

/**
 * What a first-level subdivision is called in its country (ISO 3166-1 alpha-2), where one word
 * names them all or most of them. A country missing here gets the generic label.
 */
const ADMIN1_BY_COUNTRY: Readonly<Record<string, string>> = {
  UA: 'oblast', BY: 'oblast', RU: 'federal subject', MD: 'district', PL: 'voivodeship',
  RO: 'county', HU: 'county', SK: 'region', CZ: 'region', DE: 'state', AT: 'state', FR: 'region',
  IT: 'region', ES: 'autonomous community', GE: 'region', TR: 'province', US: 'state',
  CA: 'province', MX: 'state', BR: 'state', AR: 'province', AU: 'state', IN: 'state', CN: 'province',
  ID: 'province', JP: 'prefecture', NG: 'state', ZA: 'province', NL: 'province', BE: 'region',
  SE: 'county', NO: 'county', FI: 'region', LT: 'county', EE: 'county',
};

/** Subdivisions (ISO 3166-2) whose status differs from the rest of their country's. */
const ADMIN1_EXCEPTIONS: Readonly<Record<string, string>> = {
  'UA-43': 'autonomous republic',
  'UA-30': 'city with special status',
  'UA-40': 'city with special status',
};

/** "city", "power plant"; an admin1 as what it is in its country: "oblast", "state", "province". */
export function kindLabel(place: Pick<Place, 'kind' | 'iso'>): string {
  if (place.kind === 'admin1' && place.iso) {
    const iso = place.iso.toUpperCase();
    const term = ADMIN1_EXCEPTIONS[iso] ?? ADMIN1_BY_COUNTRY[iso.split('-')[0]];
    if (term) return term;
  }
  return PLACE_KIND_TABLE[place.kind].label;
}

export const kindGroupOf = (kind: PlaceKind): KindGroupId => PLACE_KIND_TABLE[kind].group;
