/** The name index stored in the gazetteer file: the key table, and lookups through the section. */
import { describe, expect, it } from 'vitest';
import { gazetteerFromBytes, loadGazetteer, type GazetteerEntry } from '../../src/lib/gazetteer/index';
import { encodeNameIndex, geoparse, NAME_INDEX_SECTION } from '../../src/lib/geoparse/index';
import { encodeKeyTable, findKey, packArrays, unpackArrays } from '../../src/lib/geoparse/keyTable';
import { encodeGazetteer } from '../../scripts/gazetteer/encode';

describe('key table', () => {
  it('finds every key it was given, in any script, and nothing else', () => {
    const keys = ['kherson', 'nova kakhovka', 'zürich', 'київ', '東京', 'a', '', 'emoji 🗺 map'];
    const table = encodeKeyTable(keys);
    keys.forEach((key, k) => expect(findKey(table, key), key).toBe(k));
    for (const absent of ['khers', 'khersonx', 'zurich', 'киев', '東', 'emoji 🗺', 'b']) expect(findKey(table, absent), absent).toBe(-1);
  });

  it('packs typed arrays into one block and reads them back in place', () => {
    const arrays = [new Uint32Array([1, 2, 3]), new Uint8Array([9]), new Uint16Array([65535, 7]), new Int32Array([-1])];
    const back = unpackArrays(packArrays(arrays));
    expect(back.map((a) => [a.constructor.name, [...a]])).toEqual(arrays.map((a) => [a.constructor.name, [...a]]));
  });
});

describe('name index section', () => {
  const entries: GazetteerEntry[] = [
    { id: 'land', name: 'Land', kind: 'country', lon: 30, lat: 50, country: 'UA', names: ['Land', 'Ландія'], source: 'test' },
    { id: 'nova-town', name: 'Nova Town', kind: 'city', lon: 30.1, lat: 50.1, parent: 'land', population: 200000, country: 'UA', names: ['Nova Town', 'Нова Таун'], source: 'test' },
    { id: 'town', name: 'Town', kind: 'city', lon: 30.2, lat: 50.2, parent: 'land', population: 300000, country: 'UA', names: ['Town', 'Таун'], source: 'test' },
  ];
  const words = { commonWords: [], firstNames: [] };
  const text = 'From Town to Nova Town, across Land. У Тауні тихо; US is not a place here.';

  it('gives the same readings as the index computed from the entries', () => {
    const stored = gazetteerFromBytes(encodeGazetteer(entries, '', '', words, { [NAME_INDEX_SECTION]: encodeNameIndex(entries) }));
    const computed = gazetteerFromBytes(encodeGazetteer(entries, '', '', words));
    expect(stored.section(NAME_INDEX_SECTION)).toBeDefined();
    expect(computed.section(NAME_INDEX_SECTION)).toBeUndefined();
    const found = geoparse(text, 'en', stored).map((s) => `${text.slice(s.start, s.end)}=${s.place}`);
    expect(found).toEqual(['Town=town', 'Nova Town=nova-town', 'Land=land', 'Тауні=town']);
    expect(geoparse(text, 'en', computed)).toEqual(geoparse(text, 'en', stored));
  });

  it('is in the built world gazetteer, which builds no entry objects to load', () => {
    const g = loadGazetteer();
    expect(g.section(NAME_INDEX_SECTION)?.byteLength).toBeGreaterThan(1_000_000);
    expect(g.indexOf('kherson')).toBeGreaterThan(0);
    expect(g.idAt(g.indexOf('kherson'))).toBe('kherson');
    expect(g.indexOf('no-such-place')).toBe(-1);
  });
});
