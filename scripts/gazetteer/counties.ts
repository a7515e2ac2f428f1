/**
 * US counties and county equivalents from us-atlas (Census Bureau cartographic boundaries):
 * "Laurel County", Louisiana's parishes, Alaska's boroughs; independent cities (FIPS county code
 * 500 and above) are left to the populated places. Point: the centroid of the shape.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import centroid from '@turf/centroid';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { EntryList, round } from './entries';
import { fail, readPackageJson } from './packages';

const SUFFIX: Record<string, string> = { Louisiana: 'Parish', Alaska: 'Borough' };

export function addCounties(list: EntryList, stateIds: Map<string, string>): number {
  const topo = readPackageJson<Topology>('us-atlas', 'counties-10m.json', (v) => !!(v as Topology).objects?.counties && !!(v as Topology).objects?.states);
  const states = new Map<string, string>();
  for (const g of (topo.objects.states as GeometryCollection<{ name: string }>).geometries) states.set(String(g.id), (g.properties as { name: string }).name);
  const counties = feature(topo, topo.objects.counties as GeometryCollection<{ name: string }>).features;
  let added = 0;
  for (const f of [...counties].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
    const fips = String(f.id);
    const stateName = states.get(fips.slice(0, 2));
    if (!stateName) fail(`package us-atlas: county ${fips} has no state in counties-10m.json`);
    const parent = stateIds.get(stateName);
    if (!parent || Number(fips.slice(2)) >= 500 || !f.geometry) continue;
    const base = f.properties!.name;
    const suffix = SUFFIX[stateName] ?? 'County';
    const name = /\b(County|Parish|Borough|Census Area|Municipality|city)$/.test(base) ? base : `${base} ${suffix}`;
    const point = centroid(f as Feature<Polygon | MultiPolygon>).geometry.coordinates;
    list.add({
      id: list.freeId(`${name} ${list.get(parent)!.iso?.slice(3) ?? ''}`, 'us', fips), name, kind: 'region', lon: round(point[0]), lat: round(point[1]),
      parent, country: 'US', names: [name], source: 'us-atlas counties-10m (US Census Bureau) name and shape centroid',
    });
    added++;
  }
  return added;
}
