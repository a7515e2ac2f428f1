/**
 * Fetches what the map draws from this origin: the regional basemap (Vite fingerprints geo/*.geojson
 * as assets), and the corpus's story with its overlays (published beside the dataset by ingest).
 * A broken basemap file fails the page with its name; a missing or invalid overlay is only reported
 * (by name, in the page) and the rest of the map works. The world basemap is fetched by MapLibre.
 */
import type { FeatureCollection } from 'geojson';
import { validateGeoFile, validateOverlayFile, type GeometryFamily } from '../lib/geo/index';
import type { RegionalGeo } from '../lib/map/index';
import {
  PUBLISHED_STORY_PATH, createOverlayRegistry, overlayPublicFile, parsePublishedStory,
  type LoadedOverlay, type OverlayRegistry, type PublishedStory,
} from '../lib/story/index';

const urls = import.meta.glob('../../geo/basemap-*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const REGIONAL_FILES: Record<keyof RegionalGeo, [string, GeometryFamily]> = {
  land: ['basemap-land.geojson', 'polygon'],
  countries: ['basemap-countries.geojson', 'polygon'],
  admin1: ['basemap-admin1.geojson', 'polygon'],
  borders: ['basemap-borders.geojson', 'line'],
  water: ['basemap-water.geojson', 'line-or-polygon'],
  cities: ['basemap-cities.geojson', 'point'],
};

export interface MapData {
  regional: RegionalGeo;
  published: PublishedStory;
  registry: OverlayRegistry;
}

async function fetchJson(name: string, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`${name}: could not be fetched (${(e as Error).message})`);
  }
  if (!response.ok) throw new Error(`${name}: could not be loaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${name}: is not valid JSON (truncated or corrupt?)`);
  }
}

async function loadRegionalFile(file: string, geometry: GeometryFamily): Promise<FeatureCollection> {
  const name = `geo/${file}`;
  const url = urls[`../../geo/${file}`];
  if (!url) throw new Error(`${name}: file is missing from the build (run npm run build:geo)`);
  return validateGeoFile(name, await fetchJson(name, url), { geometry }) as unknown as FeatureCollection;
}

async function loadRegional(): Promise<RegionalGeo> {
  const keys = Object.keys(REGIONAL_FILES) as (keyof RegionalGeo)[];
  const results = await Promise.allSettled(keys.map((k) => loadRegionalFile(...REGIONAL_FILES[k])));
  const problems = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
  if (problems.length) throw new Error(problems.join('\n'));
  return Object.fromEntries(keys.map((k, i) => [k, (results[i] as PromiseFulfilledResult<FeatureCollection>).value])) as unknown as RegionalGeo;
}

/** The published story; without one (an old dataset), a story-less corpus named after the page. */
async function loadPublishedStory(base: string): Promise<PublishedStory> {
  const response = await fetch(`${base}${PUBLISHED_STORY_PATH}`).catch(() => undefined);
  if (!response?.ok) return { folder: 'Placeline', story: null };
  return parsePublishedStory(await response.json().catch(() => null));
}

async function loadOverlays(base: string, published: PublishedStory): Promise<LoadedOverlay[]> {
  const overlays = published.story?.overlays ?? [];
  return Promise.all(overlays.map(async (overlay): Promise<LoadedOverlay> => {
    try {
      const json = await fetchJson(overlay.file, `${base}data/${overlayPublicFile(overlay.name)}`);
      return { overlay, data: validateOverlayFile(overlay.file, json) };
    } catch (e) {
      return { overlay, problem: (e as Error).message };
    }
  }));
}

export async function loadMapGeo(base: string = import.meta.env.BASE_URL): Promise<MapData> {
  const [regional, published] = await Promise.all([loadRegional(), loadPublishedStory(base)]);
  const registry = createOverlayRegistry(await loadOverlays(base, published));
  return { regional, published, registry };
}
