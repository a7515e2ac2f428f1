/**
 * Loads what the page needs — the map's geo files and the dataset the ingest CLI wrote — and builds
 * the query index. The dataset is the lazy layout (data/manifest.json, docs/dataset-layout.md) when
 * there is one: places, article metadata and mention columns now, article texts from their shards
 * when an excerpt needs them; else the single-file Dataset JSON (data/dataset.json). Failures carry
 * the file's name and the problem, for the page to show.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DATASET_PUBLIC_PATH, parseDataset, type Dataset } from './lib/dataset';
import { buildIndex, indexInputOf, type IndexInput, type PlaceIndex, type TextAccess } from './lib/index/index';
import { LAYOUT_FILES, ShardTexts, parseManifest, readLayout } from './lib/store/index';
import { loadMapGeo, type MapData } from './map/loadGeo';

export interface AppData {
  geo: MapData;
  /** What the bundled corpus's index is built from (kept to add the user's own articles to it). */
  input: IndexInput;
  index: PlaceIndex;
}

const DATA_DIR = 'data/';
/** How many text shards (a few hundred kB each) the page keeps. */
const SHARD_CACHE = 16;

async function fetchData(path: string): Promise<Response> {
  const shown = `${DATA_DIR}${path}`;
  try {
    return await fetch(`${import.meta.env.BASE_URL}${shown}`);
  } catch (e) {
    throw new Error(`${shown}: could not be fetched (${(e as Error).message})`);
  }
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetchData(path);
  if (!response.ok) throw new Error(`${DATA_DIR}${path}: missing (HTTP ${response.status}); run \`npm run ingest\` again`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Layout errors name files relative to data/; the page shows them as the site serves them. */
function shownPath(message: string): string {
  return message.startsWith(DATA_DIR) ? message : `${DATA_DIR}${message}`;
}

async function loadIndexInput(): Promise<IndexInput | Dataset> {
  const manifestResponse = await fetchData(LAYOUT_FILES.manifest);
  if (manifestResponse.ok) {
    try {
      const manifest = parseManifest(await manifestResponse.text(), LAYOUT_FILES.manifest);
      const layout = await readLayout(fetchBytes, manifest);
      const articles = layout.articles.map((a) => ({ ...a, text: '' }));
      const shards = new ShardTexts(manifest.shards, articles, fetchBytes, SHARD_CACHE);
      const texts: TextAccess = {
        has: (a) => shards.has(a),
        request: (a) => shards.request(a),
        problem: (a) => { const p = shards.problem(a); return p === undefined ? undefined : shownPath(p); },
        onChange: (listener) => shards.onChange(listener),
      };
      return { articles, places: layout.places, mentions: layout.mentions, texts };
    } catch (e) {
      throw new Error(shownPath((e as Error).message));
    }
  }
  const response = await fetchData('dataset.json');
  if (!response.ok) {
    throw new Error(`${DATASET_PUBLIC_PATH}: missing (HTTP ${response.status}), and no ${DATA_DIR}${LAYOUT_FILES.manifest} either. Run \`npm run ingest\` to create the data from corpus/.`);
  }
  return parseDataset(await response.text(), DATASET_PUBLIC_PATH);
}

export async function loadAppData(): Promise<AppData> {
  const [geo, input] = await Promise.allSettled([loadMapGeo(), loadIndexInput()]);
  const problems = [geo, input].flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
  if (problems.length || geo.status !== 'fulfilled' || input.status !== 'fulfilled') throw new Error(problems.join('\n'));
  const indexInput = 'version' in input.value ? indexInputOf(input.value) : input.value;
  const index = buildIndex(indexInput, geo.value.regional.admin1 as FeatureCollection<Polygon | MultiPolygon>);
  return { geo: geo.value, input: indexInput, index };
}
