/**
 * The gazetteer's compact binary form (geo/gazetteer.bin): columns of numbers plus one UTF-8 text
 * of names. Decoding needs only bytes, TextDecoder and typed arrays (no Node API), so a browser
 * Web Worker can fetch the file and decode it the same way.
 *
 *   "PLGZ" | u32 header length | header JSON | padding to 4 | columns (little-endian) | names text
 *
 * Header: { version, fingerprint, about, count, kinds, countries, sources, seats, commonWords, firstNames, columns: {name:
 * [byteOffset, length]} }. Columns: lon, lat (Int32, degrees × 1e4), population and geonames
 * (Uint32), parent and eponym (Int32 entry index, -1 none), kind, seat (Uint8 index), country and
 * source (Uint16 index, country 0 = none). Names text: one line per entry, "id\tiso\tname\tname...".
 */
import type { PlaceKind } from '../dataset';
import type { GazetteerEntry } from './entry';

export const GAZETTEER_MAGIC = 'PLGZ';
export const GAZETTEER_FORMAT_VERSION = 2;
export const COORDINATE_SCALE = 1e4;

export interface GazetteerHeader {
  version: number;
  /** Hash of the build's inputs: a loader compares it to know the file is current. */
  fingerprint: string;
  about: string;
  count: number;
  kinds: PlaceKind[];
  countries: string[];
  sources: string[];
  seats: ('' | 'capital' | 'admin1')[];
  /** One-word place names that are common words (lowercase): "nice", "reading", "split". */
  commonWords: string[];
  /** Common English first names ("Mary", "George"): person names around place names. */
  firstNames: string[];
  columns: Record<ColumnName, [number, number]>;
}

export const INT32_COLUMNS = ['lon', 'lat', 'parent', 'eponym'] as const;
export const UINT32_COLUMNS = ['population', 'geonames'] as const;
export const UINT16_COLUMNS = ['country', 'source'] as const;
export const UINT8_COLUMNS = ['kind', 'seat'] as const;
export type ColumnName = (typeof INT32_COLUMNS)[number] | (typeof UINT32_COLUMNS)[number] | (typeof UINT16_COLUMNS)[number] | (typeof UINT8_COLUMNS)[number] | 'names';

export class GazetteerFormatError extends Error {}

/** The header alone (cheap: a loader checks the fingerprint without decoding the entries). */
export function readGazetteerHeader(bytes: Uint8Array): { header: GazetteerHeader; bodyStart: number } {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== GAZETTEER_MAGIC) throw new GazetteerFormatError('not a gazetteer file (wrong magic bytes)');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as GazetteerHeader;
  if (header.version !== GAZETTEER_FORMAT_VERSION) throw new GazetteerFormatError(`gazetteer format version ${header.version}, expected ${GAZETTEER_FORMAT_VERSION}`);
  return { header, bodyStart: (8 + length + 3) & ~3 };
}

/** Decode every entry. */
export function decodeGazetteer(input: Uint8Array | ArrayBuffer): { header: GazetteerHeader; entries: GazetteerEntry[] } {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Typed-array views need 4-byte alignment of the underlying buffer.
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const { header, bodyStart } = readGazetteerHeader(bytes);
  const view = <T>(Kind: new (buffer: ArrayBufferLike, offset: number, length: number) => T, name: ColumnName, width: number): T => {
    const [offset, length] = header.columns[name];
    if (bodyStart + offset + length * width > bytes.byteLength) throw new GazetteerFormatError(`gazetteer column ${name} runs past the end of the file`);
    return new Kind(bytes.buffer, bytes.byteOffset + bodyStart + offset, length);
  };
  const lon = view(Int32Array, 'lon', 4), lat = view(Int32Array, 'lat', 4);
  const parent = view(Int32Array, 'parent', 4), eponym = view(Int32Array, 'eponym', 4);
  const population = view(Uint32Array, 'population', 4), geonames = view(Uint32Array, 'geonames', 4);
  const country = view(Uint16Array, 'country', 2), source = view(Uint16Array, 'source', 2);
  const kind = view(Uint8Array, 'kind', 1), seat = view(Uint8Array, 'seat', 1);
  const text = new TextDecoder().decode(view(Uint8Array, 'names', 1));
  const lines = text.split('\n');
  if (lines.length !== header.count) throw new GazetteerFormatError(`gazetteer has ${lines.length} name lines for ${header.count} entries`);
  const ids: string[] = new Array(header.count);
  const entries: GazetteerEntry[] = new Array(header.count);
  for (let i = 0; i < header.count; i++) {
    const fields = lines[i].split('\t');
    ids[i] = fields[0];
    const names = fields.slice(2);
    const entry: GazetteerEntry = {
      id: fields[0], name: names[0], kind: header.kinds[kind[i]],
      lon: lon[i] / COORDINATE_SCALE, lat: lat[i] / COORDINATE_SCALE, names, source: header.sources[source[i]],
    };
    if (fields[1]) entry.iso = fields[1];
    if (population[i]) entry.population = population[i];
    if (country[i]) entry.country = header.countries[country[i] - 1];
    if (geonames[i]) entry.geonames = geonames[i];
    if (seat[i]) entry.seat = header.seats[seat[i]] as GazetteerEntry['seat'];
    entries[i] = entry;
  }
  for (let i = 0; i < header.count; i++) {
    if (parent[i] >= 0) entries[i].parent = ids[parent[i]];
    if (eponym[i] >= 0) entries[i].eponym = ids[eponym[i]];
  }
  return { header, entries };
}
