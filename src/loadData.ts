/**
 * Loads what the page needs — the map's geo files and the dataset the ingest CLI wrote — and builds
 * the query index. Failures carry the file's name and the problem, for the page to show.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DATASET_PUBLIC_PATH, parseDataset } from './lib/dataset';
import { buildIndex, type PlaceIndex } from './lib/index/index';
import { loadMapGeo, type MapData } from './map/loadGeo';

export interface AppData {
  geo: MapData;
  index: PlaceIndex;
}

async function loadDataset(): Promise<PlaceIndex['dataset']> {
  const url = `${import.meta.env.BASE_URL}${DATASET_PUBLIC_PATH}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`${DATASET_PUBLIC_PATH}: could not be fetched (${(e as Error).message})`);
  }
  if (!response.ok) {
    throw new Error(`${DATASET_PUBLIC_PATH}: missing (HTTP ${response.status}). Run \`npm run ingest\` to create it from corpus/.`);
  }
  return parseDataset(await response.text(), DATASET_PUBLIC_PATH);
}

export async function loadAppData(): Promise<AppData> {
  const [geo, dataset] = await Promise.allSettled([loadMapGeo(), loadDataset()]);
  const problems = [geo, dataset].flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
  if (problems.length || geo.status !== 'fulfilled' || dataset.status !== 'fulfilled') throw new Error(problems.join('\n'));
  const index = buildIndex(dataset.value, geo.value.regional.admin1 as FeatureCollection<Polygon | MultiPolygon>);
  return { geo: geo.value, index };
}
