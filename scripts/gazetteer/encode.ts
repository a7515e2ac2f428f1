/** Writes gazetteer entries in the binary form src/lib/gazetteer/binary.ts decodes. */
import type { GazetteerEntry } from '../../src/lib/gazetteer/index';
import {
  COORDINATE_SCALE, GAZETTEER_FORMAT_VERSION, GAZETTEER_MAGIC, INT32_COLUMNS, UINT16_COLUMNS, UINT32_COLUMNS, UINT8_COLUMNS,
  type ColumnName, type GazetteerHeader,
} from '../../src/lib/gazetteer/binary';
import type { PlaceKind } from '../../src/lib/dataset';

const dictionary = <T>(values: T[]): T[] => [...new Set(values)].sort();

/**
 * Entries must be sorted by id (the decoder finds an id by binary search); `sections` are opaque
 * byte blocks stored after the columns (the geoparser's name index).
 */
export function encodeGazetteer(entries: readonly GazetteerEntry[], about: string, fingerprint: string, words: { commonWords: string[]; firstNames: string[] }, sections: Record<string, Uint8Array> = {}): Uint8Array {
  const count = entries.length;
  for (let i = 1; i < count; i++) {
    if (entries[i - 1].id === entries[i].id) throw new Error(`gazetteer: duplicate place id "${entries[i].id}"`);
    if (entries[i - 1].id > entries[i].id) throw new Error(`gazetteer: entries not sorted by id ("${entries[i - 1].id}" before "${entries[i].id}")`);
  }
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const indexOf = (e: GazetteerEntry, id: string | undefined, what: string) => {
    if (!id) return -1;
    const i = index.get(id);
    if (i === undefined) throw new Error(`gazetteer: "${e.id}" has unknown ${what} "${id}"`);
    return i;
  };
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
    int32.parent[i] = indexOf(e, e.parent, 'parent');
    int32.eponym[i] = indexOf(e, e.eponym, 'eponym');
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
  const sectionSpans: Record<string, [number, number]> = {};
  for (const name of Object.keys(sections).sort()) {
    sectionSpans[name] = [offset, sections[name].byteLength];
    offset = (offset + sections[name].byteLength + 3) & ~3;
  }
  const header: GazetteerHeader = { version: GAZETTEER_FORMAT_VERSION, fingerprint, about, count, kinds, countries, sources, seats, commonWords: words.commonWords, firstNames: words.firstNames, columns, sections: sectionSpans };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = (8 + headerBytes.byteLength + 3) & ~3;
  const out = new Uint8Array(bodyStart + offset);
  out.set(new TextEncoder().encode(GAZETTEER_MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.byteLength, true);
  out.set(headerBytes, 8);
  for (const [name, bytes] of parts) out.set(bytes, bodyStart + columns[name][0]);
  for (const [name, [at]] of Object.entries(sectionSpans)) out.set(sections[name], bodyStart + at);
  return out;
}
