/**
 * A string-keyed hash table in typed arrays, written at build time and read in place: open
 * addressing (linear probing) over FNV-1a hashes of the keys' UTF-16 code units, keys stored as
 * UTF-8 and compared without decoding. Loading it costs nothing; a lookup hashes the key once.
 * Also the packing of several typed arrays into one byte block (the gazetteer file's section).
 */

/** FNV-1a over UTF-16 code units. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface KeyTable {
  /** slot -> key number + 1 (0 empty); length a power of two. */
  slots: Uint32Array;
  /** Key k is keyBytes[keyStart[k] .. keyStart[k + 1]) (UTF-8). */
  keyStart: Uint32Array;
  keyBytes: Uint8Array;
}

export function encodeKeyTable(keys: readonly string[]): KeyTable {
  const encoder = new TextEncoder();
  const encoded = keys.map((k) => encoder.encode(k));
  const keyStart = new Uint32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) keyStart[k + 1] = keyStart[k] + encoded[k].byteLength;
  const keyBytes = new Uint8Array(keyStart[keys.length]);
  encoded.forEach((bytes, k) => keyBytes.set(bytes, keyStart[k]));
  let size = 16;
  while (size < keys.length * 1.6) size *= 2;
  const slots = new Uint32Array(size);
  const mask = size - 1;
  keys.forEach((key, k) => {
    let s = hashKey(key) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  });
  return { slots, keyStart, keyBytes };
}

/** Does the UTF-8 in bytes[from, to) spell `key`? */
function spells(bytes: Uint8Array, from: number, to: number, key: string): boolean {
  let b = from;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c < 0x80) {
      if (b >= to || bytes[b++] !== c) return false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < key.length) c = 0x10000 + ((c - 0xd800) << 10) + (key.charCodeAt(++i) - 0xdc00);
    const n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (b + n > to) return false;
    const lead = n === 2 ? 0xc0 | (c >> 6) : n === 3 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
    if (bytes[b] !== lead) return false;
    for (let k = 1; k < n; k++) if (bytes[b + k] !== (0x80 | ((c >> (6 * (n - 1 - k))) & 0x3f))) return false;
    b += n;
  }
  return b === to;
}

/** The number of `key` in the table, -1 if absent. */
export function findKey(table: KeyTable, key: string): number {
  const { slots, keyStart, keyBytes } = table;
  const mask = slots.length - 1;
  for (let s = hashKey(key) & mask; ; s = (s + 1) & mask) {
    const v = slots[s];
    if (v === 0) return -1;
    const k = v - 1;
    if (spells(keyBytes, keyStart[k], keyStart[k + 1], key)) return k;
  }
}

type Packable = Uint8Array | Uint16Array | Uint32Array | Int32Array;
const KINDS = [Uint8Array, Uint16Array, Uint32Array, Int32Array] as const;

/** Several typed arrays in one block: u32 count, then (u32 kind, u32 length) each, then the data, 4-byte aligned. */
export function packArrays(arrays: readonly Packable[]): Uint8Array {
  let offset = 4 + arrays.length * 8;
  const starts = arrays.map((a) => {
    const at = offset;
    offset = (offset + a.byteLength + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, arrays.length, true);
  arrays.forEach((a, k) => {
    view.setUint32(4 + k * 8, KINDS.findIndex((Kind) => a instanceof Kind), true);
    view.setUint32(8 + k * 8, a.length, true);
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), starts[k]);
  });
  return out;
}

/** The arrays of packArrays, as views on `bytes` (which must be 4-byte aligned). */
export function unpackArrays(bytes: Uint8Array): Packable[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  let offset = 4 + count * 8;
  const out: Packable[] = [];
  for (let k = 0; k < count; k++) {
    const Kind = KINDS[view.getUint32(4 + k * 8, true)];
    const length = view.getUint32(8 + k * 8, true);
    if (!Kind || offset + length * Kind.BYTES_PER_ELEMENT > bytes.byteLength) throw new Error('name index section is damaged');
    out.push(new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length));
    offset = (offset + length * Kind.BYTES_PER_ELEMENT + 3) & ~3;
  }
  return out;
}
