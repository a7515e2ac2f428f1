/**
 * The gazetteer's compact binary form (geo/gazetteer.bin): columns of numbers plus one UTF-8 text
 * of names. Decoding needs only bytes, TextDecoder and typed arrays (no Node API), so a browser
 * Web Worker can fetch the file and decode it the same way.
 *
 *   "PLGZ" | u32 header length | header JSON | padding to 4 | columns (little-endian) | names text | sections
 *
 * Header: { version, fingerprint, about, count, kinds, countries, sources, seats, commonWords, firstNames, columns: {name:
 * [byteOffset, length]}, sections: {name: [byteOffset, byteLength]} }. Columns: lon, lat (Int32, degrees × 1e4), population and geonames
 * (Uint32), parent and eponym (Int32 entry index, -1 none), kind, seat (Uint8 index), country and
 * source (Uint16 index, country 0 = none). Names text: one line per entry, "id\tiso\tname\tname...",
 * entries sorted by id (a lookup by id is a binary search). Sections: opaque bytes for other
 * modules (the geoparser's precomputed name index), after the columns.
 */
import type { PlaceKind } from '../dataset';
import type { GazetteerEntry } from './entry';

export const GAZETTEER_MAGIC = 'PLGZ';
export const GAZETTEER_FORMAT_VERSION = 3;
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
  /** Named byte sections (byteOffset from the body start, byteLength), 4-byte aligned. */
  sections?: Record<string, [number, number]>;
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

/**
 * The decoded file: typed-array views on the bytes (no copy) and the names text as one string.
 * Entries are not built here: the Gazetteer makes each one when it is first asked for, so loading
 * costs one text decode and a scan for line starts, not 140,000 objects.
 */
export interface GazetteerColumns {
  header: GazetteerHeader;
  count: number;
  lon: Int32Array; lat: Int32Array; parent: Int32Array; eponym: Int32Array;
  population: Uint32Array; geonames: Uint32Array;
  country: Uint16Array; source: Uint16Array;
  kind: Uint8Array; seat: Uint8Array;
  /** One line per entry, "id\tiso\tname\tname..."; lineStart[i] is where entry i's line starts (count + 1 values). */
  names: string;
  lineStart: Uint32Array;
  /** Opaque byte sections other modules store in the file (the geoparser's name index). */
  sections: Record<string, Uint8Array>;
}

export function decodeGazetteer(input: Uint8Array | ArrayBuffer): GazetteerColumns {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Typed-array views need 4-byte alignment of the underlying buffer.
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const { header, bodyStart } = readGazetteerHeader(bytes);
  const span = (what: string, offset: number, byteLength: number) => {
    if (bodyStart + offset + byteLength > bytes.byteLength) throw new GazetteerFormatError(`gazetteer ${what} runs past the end of the file`);
    return bytes.byteOffset + bodyStart + offset;
  };
  const view = <T>(Kind: new (buffer: ArrayBufferLike, offset: number, length: number) => T, name: ColumnName, width: number): T => {
    const [offset, length] = header.columns[name];
    return new Kind(bytes.buffer, span(`column ${name}`, offset, length * width), length);
  };
  const count = header.count;
  const names = new TextDecoder().decode(view(Uint8Array, 'names', 1));
  const lineStart = new Uint32Array(count + 1);
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at > names.length) throw new GazetteerFormatError(`gazetteer has fewer name lines than its ${count} entries`);
    lineStart[i] = at;
    const next = names.indexOf('\n', at);
    at = next < 0 ? names.length + 1 : next + 1;
  }
  if (at !== names.length + 1) throw new GazetteerFormatError(`gazetteer has more name lines than its ${count} entries`);
  lineStart[count] = at;
  const sections: Record<string, Uint8Array> = {};
  for (const [name, [offset, byteLength]] of Object.entries(header.sections ?? {})) {
    sections[name] = new Uint8Array(bytes.buffer, span(`section ${name}`, offset, byteLength), byteLength);
  }
  const columns: GazetteerColumns = {
    header, count, names, lineStart, sections,
    lon: view(Int32Array, 'lon', 4), lat: view(Int32Array, 'lat', 4),
    parent: view(Int32Array, 'parent', 4), eponym: view(Int32Array, 'eponym', 4),
    population: view(Uint32Array, 'population', 4), geonames: view(Uint32Array, 'geonames', 4),
    country: view(Uint16Array, 'country', 2), source: view(Uint16Array, 'source', 2),
    kind: view(Uint8Array, 'kind', 1), seat: view(Uint8Array, 'seat', 1),
  };
  for (const column of [columns.parent, columns.eponym]) {
    for (let i = 0; i < count; i++) if (column[i] < -1 || column[i] >= count) throw new GazetteerFormatError(`gazetteer entry ${i} refers to entry ${column[i]} of ${count}`);
  }
  return columns;
}

/** Entry i as an object (its line split, its columns read). */
export function decodeEntry(c: GazetteerColumns, i: number): GazetteerEntry {
  const { header } = c;
  const fields = c.names.slice(c.lineStart[i], c.lineStart[i + 1] - 1).split('\t');
  const names = fields.slice(2);
  // Every field is present (undefined where the entry has none), in one order: all entries share
  // one object shape, so the geoparser's reads of kind, population or country stay monomorphic.
  return {
    id: fields[0], name: names[0], kind: header.kinds[c.kind[i]],
    lon: c.lon[i] / COORDINATE_SCALE, lat: c.lat[i] / COORDINATE_SCALE, names, source: header.sources[c.source[i]],
    iso: fields[1] || undefined,
    population: c.population[i] || undefined,
    country: c.country[i] ? header.countries[c.country[i] - 1] : undefined,
    geonames: c.geonames[i] || undefined,
    seat: c.seat[i] ? header.seats[c.seat[i]] as GazetteerEntry['seat'] : undefined,
    parent: c.parent[i] >= 0 ? entryId(c, c.parent[i]) : undefined,
    eponym: c.eponym[i] >= 0 ? entryId(c, c.eponym[i]) : undefined,
  };
}

/** The id of entry i, without building the entry. */
export function entryId(c: GazetteerColumns, i: number): string {
  const from = c.lineStart[i];
  return c.names.slice(from, c.names.indexOf('\t', from));
}
