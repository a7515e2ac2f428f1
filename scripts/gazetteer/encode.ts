/** Writes gazetteer entries in the binary form src/lib/gazetteer/binary.ts decodes. */
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import {
  COORDINATE_SCALE, GAZETTEER_FORMAT_VERSION, GAZETTEER_MAGIC, INT32_COLUMNS, UINT16_COLUMNS, UINT32_COLUMNS, UINT8_COLUMNS,
  type ColumnName, type GazetteerHeader,
} from '../../src/lib/gazetteer/binary';
import type { PlaceKind } from '../../src/lib/dataset';

const dictionary = <T>(values: T[]): T[] => [...new Set(values)].sort();

export function encodeGazetteer(entries: readonly GazetteerEntry[], about: string, fingerprint: string, words: { commonWords: string[]; firstNames: string[] }): Uint8Array {
  const count = entries.length;
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const kinds = dictionary(entries.map((e) => e.kind)) as PlaceKind[];
  const countries = dictionary(entries.flatMap((e) => (e.country ? [e.country] : [])));
  const sources = dictionary(entries.map((e) => e.source));
  const seats: GazetteerHeader['seats'] = ['', 'capital', 'admin1'];
  const int32 = Object.fromEntries(INT32_COLUMNS.map((c) => [c, new Int32Array(count)])) as Record<(typeof INT32_COLUMNS)[number], Int32Array>;
  const uint32 = Object.fromEntries(UINT32_COLUMNS.map((c) => [c, new Uint32Array(count)])) as Record<(typeof UINT32_COLUMNS)[number], Uint32Array>;
  const uint16 = Object.fromEntries(UINT16_COLUMNS.map((c) => [c, new Uint16Array(count)])) as Record<(typeof UINT16_COLUMNS)[number], Uint16Array>;
  const uint8 = Object.fromEntries(UINT8_COLUMNS.map((c) => [c, new Uint8Array(count)])) as Record<(typeof UINT8_COLUMNS)[number], Uint8Array>;
  const lines: string[] = [];
  entries.forEach((e, i) => {
    int32.lon[i] = Math.round(e.lon * COORDINATE_SCALE);
    int32.lat[i] = Math.round(e.lat * COORDINATE_SCALE);
    int32.parent[i] = e.parent ? index.get(e.parent)! : -1;
    int32.eponym[i] = e.eponym ? index.get(e.eponym)! : -1;
    uint32.population[i] = e.population ?? 0;
    uint32.geonames[i] = e.geonames ?? 0;
    uint16.country[i] = e.country ? countries.indexOf(e.country) + 1 : 0;
    uint16.source[i] = sources.indexOf(e.source);
    uint8.kind[i] = kinds.indexOf(e.kind);
    uint8.seat[i] = seats.indexOf(e.seat ?? '');
    lines.push([e.id, e.iso ?? '', ...e.names].join('\t'));
  });
  const parts: [ColumnName, Uint8Array][] = [
    ...INT32_COLUMNS.map((c) => [c, new Uint8Array(int32[c].buffer)] as [ColumnName, Uint8Array]),
    ...UINT32_COLUMNS.map((c) => [c, new Uint8Array(uint32[c].buffer)] as [ColumnName, Uint8Array]),
    ...UINT16_COLUMNS.map((c) => [c, new Uint8Array(uint16[c].buffer)] as [ColumnName, Uint8Array]),
    ...UINT8_COLUMNS.map((c) => [c, uint8[c]] as [ColumnName, Uint8Array]),
    ['names', new TextEncoder().encode(lines.join('\n'))],
  ];
  const columns = {} as GazetteerHeader['columns'];
  let offset = 0;
  const widths: Partial<Record<ColumnName, number>> = {};
  for (const c of INT32_COLUMNS) widths[c] = 4;
  for (const c of UINT32_COLUMNS) widths[c] = 4;
  for (const c of UINT16_COLUMNS) widths[c] = 2;
  for (const [name, bytes] of parts) {
    const width = widths[name] ?? 1;
    columns[name] = [offset, bytes.byteLength / width];
    offset = (offset + bytes.byteLength + 3) & ~3;
  }
  const header: GazetteerHeader = { version: GAZETTEER_FORMAT_VERSION, fingerprint, about, count, kinds, countries, sources, seats, commonWords: words.commonWords, firstNames: words.firstNames, columns };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = (8 + headerBytes.byteLength + 3) & ~3;
  const out = new Uint8Array(bodyStart + offset);
  out.set(new TextEncoder().encode(GAZETTEER_MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.byteLength, true);
  out.set(headerBytes, 8);
  for (const [name, bytes] of parts) out.set(bytes, bodyStart + columns[name][0]);
  return out;
}
