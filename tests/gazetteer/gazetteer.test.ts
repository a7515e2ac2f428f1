import { describe, expect, it } from 'vitest';
import { gazetteerFromBytes, loadGazetteer, toDatasetPlace, type GazetteerEntry } from '../../src/lib/gazetteer/index';
import { placeSchema } from '../../src/lib/dataset';
import { OBLASTS } from '../../scripts/gazetteer/curated/oblasts';
import { encodeGazetteer } from '../../scripts/gazetteer/encode';

describe('gazetteer', () => {
  const g = loadGazetteer();

  it('has the commissioned places under their fixed ids and kinds', () => {
    const expected: Record<string, string> = {
      dnipro: 'river', kherson: 'city', 'nova-kakhovka': 'city', 'kakhovka-dam': 'dam', 'kherson-oblast': 'admin1',
      'zaporizhzhia-oblast': 'admin1', 'donetsk-oblast': 'admin1', 'luhansk-oblast': 'admin1', crimea: 'admin1', sevastopol: 'admin1',
    };
    for (const [id, kind] of Object.entries(expected)) expect(g.get(id)?.kind, id).toBe(kind);
  });

  it('has all 27 first-level subdivisions of Ukraine with ISO 3166-2 codes, parented to Ukraine', () => {
    const admin1 = g.entries.filter((e) => e.kind === 'admin1' && e.country === 'UA');
    expect(admin1).toHaveLength(27);
    expect(new Set(admin1.map((e) => e.iso)).size).toBe(27);
    for (const e of admin1) {
      expect(e.iso, e.id).toMatch(/^UA-\d{2}$/);
      expect(e.parent).toBe('ukraine');
    }
    expect(g.get('kharkiv-oblast')?.iso).toBe('UA-63');
    expect(g.get('kyiv-city')?.iso).toBe('UA-30');
    expect(g.get('odesa-oblast')?.iso).toBe('UA-51');
    expect(g.get('crimea')?.iso).toBe('UA-43');
    expect(g.get('sevastopol')?.iso).toBe('UA-40');
  });

  it('puts Ukrainian cities in their oblast (GeoNames admin code) and the oblast in Ukraine', () => {
    expect(g.ancestors('kherson').map((e) => e.id)).toEqual(['kherson-oblast', 'ukraine']);
    expect(g.get('nova-kakhovka')?.parent).toBe('kherson-oblast');
    expect(g.get('bakhmut')?.parent).toBe('donetsk-oblast');
    expect(g.get('simferopol')?.parent).toBe('crimea');
    expect(g.get('kyiv')?.parent).toBe('kyiv-city');
    expect(g.get('dnipro-city')?.parent).toBe('dnipropetrovsk-oblast');
    for (const e of g.entries.filter((x) => x.country === 'UA' && (x.kind === 'city' || x.kind === 'town'))) {
      expect(g.get(e.parent ?? '')?.kind, e.id).toBe('admin1');
    }
  });

  it('keeps namesakes apart with readable ids', () => {
    const lymans = g.entries.filter((e) => e.name === 'Lyman' && e.country === 'UA').map((e) => e.id).sort();
    expect(lymans).toEqual(['lyman', 'lyman-kharkiv', 'lyman-odesa']);
    expect(g.get('lyman')?.parent).toBe('donetsk-oblast');
    expect(g.get('donetsk')?.country).toBe('UA');
  });

  it('has the countries and capitals of the world', () => {
    for (const [id, iso] of [['ukraine', 'UA'], ['russia', 'RU'], ['united-states', 'US'], ['oman', 'OM'], ['taiwan', 'TW'], ['japan', 'JP']]) {
      expect(g.get(id)?.kind, id).toBe('country');
      expect(g.get(id)?.iso).toBe(iso);
    }
    expect(g.entries.filter((e) => e.kind === 'country').length).toBeGreaterThan(190);
    expect(g.ancestors('washington').map((e) => e.id)).toEqual(['district-of-columbia', 'united-states']);
    expect(g.get('london')?.country).toBe('GB');
    expect(g.get('moscow')?.names).toContain('Москва');
  });

  it('carries the curated spellings in six languages', () => {
    const names = (id: string) => g.get(id)!.names;
    expect(names('dnipro')).toEqual(expect.arrayContaining(['Dnipro', 'Dnieper', 'Dnepr', 'Дніпро', 'Днепр', 'Dnjepr']));
    expect(names('kherson')).toEqual(expect.arrayContaining(['Kherson', 'Херсон', 'Cherson']));
    expect(names('nova-kakhovka')).toEqual(expect.arrayContaining(['Nova Kakhovka', 'Нова Каховка', 'Новая Каховка', 'Nowa Kachowka']));
    expect(names('kyiv')).toEqual(expect.arrayContaining(['Kyiv', 'Kiev', 'Київ', 'Киев']));
    expect(names('zaporizhzhia')).toEqual(expect.arrayContaining(['Zaporizhzhia', 'Zaporizhzhya', 'Zaporozhye', 'Saporischschja']));
    expect(names('kherson-oblast')).toEqual(expect.arrayContaining(['Херсонська область', 'Херсонская область', 'Oblast Cherson']));
  });

  it('has the places the packages lack, with a source', () => {
    for (const id of ['tavriisk', 'north-crimean-canal', 'kakhovka-reservoir', 'zaporizhzhia-npp', 'donbas', 'black-sea', 'sea-of-azov']) {
      expect(g.get(id), id).toBeDefined();
      expect(g.get(id)!.source).toMatch(/curated/);
    }
    expect(g.get('donbas')?.kind).toBe('region');
    expect(g.get('kakhovka-dam')?.eponym).toBe('kakhovka');
    expect(g.get('kherson-oblast')?.eponym).toBe('kherson');
  });

  it('puts every point inside a plausible box (Ukrainian places inside Ukraine\'s bounding box)', () => {
    for (const e of g.entries.filter((x) => x.country === 'UA' && x.kind !== 'country')) {
      expect(e.lon, e.id).toBeGreaterThan(22);
      expect(e.lon, e.id).toBeLessThan(40.3);
      expect(e.lat, e.id).toBeGreaterThan(44.3);
      expect(e.lat, e.id).toBeLessThan(52.4);
    }
  });

  it('oblast table rows point at the right GeoNames admin codes', () => {
    // Checked against each oblast's centre by the build; here: every code is used once.
    expect(new Set(OBLASTS.map((o) => o.geonamesAdmin)).size).toBe(OBLASTS.length);
  });

  it('toDatasetPlace gives a valid Place with all names (search finds "Херсон")', () => {
    const place = toDatasetPlace(g.get('kherson')!);
    expect(placeSchema.parse(place)).toEqual(place);
    expect(place).toMatchObject({ id: 'kherson', name: 'Kherson', kind: 'city', parent: 'kherson-oblast' });
    expect(place.names).toContain('Херсон');
    expect(toDatasetPlace(g.get('kherson-oblast')!).iso).toBe('UA-65');
  });

  it('iterates every name for the benchmark baseline', () => {
    const all = [...g.allNames()];
    expect(all.length).toBe(g.entries.reduce((s, e) => s + e.names.length, 0));
    expect(all).toContain('Nova Kakhovka');
  });

  it('decodes what the encoder writes, from a Uint8Array or an ArrayBuffer at any offset', () => {
    const entries: GazetteerEntry[] = [
      { id: 'land', name: 'Land', kind: 'country', lon: 10.5, lat: -3.25, iso: 'LD', country: 'LD', names: ['Land', 'Lande'], source: 'test' },
      { id: 'town', name: 'Town', kind: 'city', lon: 10.1234, lat: -3.5, parent: 'land', population: 12345, country: 'LD', names: ['Town'], source: 'test', geonames: 42, seat: 'capital' },
      { id: 'town-dam', name: 'Town Dam', kind: 'dam', lon: 10, lat: -3, parent: 'land', eponym: 'town', names: ['Town Dam', 'Stadtdamm'], source: 'other' },
    ];
    const bytes = encodeGazetteer(entries, 'about', 'fp', { commonWords: ['town'], firstNames: ['Mary'] });
    for (const input of [bytes, bytes.buffer as ArrayBuffer]) {
      const g2 = gazetteerFromBytes(input, 'x.bin');
      expect(g2.entries).toEqual(entries);
      expect(g2.namedAfter('town').map((e) => e.id)).toEqual(['town-dam']);
      expect([...g2.commonWords]).toEqual(['town']);
    }
    const shifted = new Uint8Array(bytes.byteLength + 1);
    shifted.set(bytes, 1);
    expect(gazetteerFromBytes(shifted.subarray(1)).entries).toEqual(entries);
  });

  it('rejects bad data with the file and the problem', () => {
    const entry: GazetteerEntry = { id: 'a', name: 'A', kind: 'city', lon: 0, lat: 0, names: ['A'], source: 's' };
    expect(() => gazetteerFromBytes(new TextEncoder().encode('not a gazetteer'), 'x.bin')).toThrow(/x\.bin: not a gazetteer file/);
    // the encoder refuses what the decoder could not look up: duplicate or unsorted ids, unknown parents
    expect(() => encodeGazetteer([entry, { ...entry }], '', '', { commonWords: [], firstNames: [] })).toThrow(/duplicate place id "a"/);
    expect(() => encodeGazetteer([{ ...entry, id: 'b' }, entry], '', '', { commonWords: [], firstNames: [] })).toThrow(/not sorted by id/);
    expect(() => encodeGazetteer([{ ...entry, parent: 'z' }], '', '', { commonWords: [], firstNames: [] })).toThrow(/"a" has unknown parent "z"/);
    const truncated = encodeGazetteer([entry], '', '', { commonWords: [], firstNames: [] }).subarray(0, 60);
    expect(() => gazetteerFromBytes(truncated, 'x.bin')).toThrow(/x\.bin: /);
  });
});
