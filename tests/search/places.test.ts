import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/dataset';
import { arrowActive, createPlaceSearch, describeHit, searchStatus } from '../../src/lib/search/index';
import { foldName } from '../../src/lib/names/index';

const place = (id: string, name: string, kind: Place['kind'], names: string[]): Place => ({ id, name, kind, lon: 33, lat: 47, names });

const places: Place[] = [
  place('kherson-oblast', 'Kherson Oblast', 'admin1', ['Kherson region', 'Херсонська область', 'Херсонская область', 'Oblast Cherson', 'wilayah Kherson']),
  place('kherson', 'Kherson', 'city', ['Херсон', 'Cherson', 'Chersoń']),
  place('kyiv', 'Kyiv', 'city', ['Kiev', 'Київ', 'Киев', 'Kijów', 'Kiew']),
  place('dnipro', 'Dnipro', 'river', ['Dnieper', 'Dnepr', 'Dnjepr', 'Дніпро', 'Днепр', 'Sungai Dnipro']),
  place('dnipro-city', 'Dnipro', 'city', ['Dnipropetrovsk', 'Дніпро', 'Днепр', 'Dnipropetrowsk']),
  place('zaporizhzhia', 'Zaporizhzhia', 'city', ['Zaporizhzhya', 'Zaporozhye', 'Saporischschja', 'Запоріжжя', 'Zaporiżżia']),
  place('zaporizhzhia-oblast', 'Zaporizhzhia Oblast', 'admin1', ['Oblast Saporischschja', 'Запорізька область']),
  place('kamianske', 'Kamianske', 'city', ["Kam'yanske", 'Кам’янське', 'Dniprodzerzhynsk']),
  place('nova-kakhovka', 'Nova Kakhovka', 'city', ['Нова Каховка', 'Novaya Kakhovka']),
  place('kakhovka', 'Kakhovka', 'town', ['Каховка']),
];
const search = createPlaceSearch(places);
const ids = (query: string, limit?: number) => search(query, limit).map((m) => m.place.id);

describe('foldName', () => {
  it('ignores case, diacritics, apostrophes and punctuation', () => {
    expect(foldName("Kam'yanske")).toBe(foldName('Kamyanske'));
    expect(foldName('Кам’янське')).toBe(foldName('камянське'));
    expect(foldName('ZAPORIŻŻIA')).toBe('zaporizzia');
    expect(foldName('Nova-Kakhovka ')).toBe('nova kakhovka');
    expect(foldName('Straße')).toBe('strasse');
  });
});

describe('createPlaceSearch', () => {
  it('finds Kherson city first for "Херсон", then the oblast by prefix', () => {
    const results = search('Херсон');
    expect(results.map((m) => m.place.id)).toEqual(['kherson', 'kherson-oblast']);
    expect(results[0].matched).toBe('Херсон');
    expect(results[1].matched).toMatch(/^Херсонськ|^Херсонск/);
  });

  it('matches by prefix, in any script', () => {
    expect(ids('Херс')).toEqual(['kherson', 'kherson-oblast']);
    expect(ids('kher')).toEqual(['kherson', 'kherson-oblast']);
    expect(ids('kherson obl')).toEqual(['kherson-oblast']);
  });

  it('finds Kyiv for "kiev" and the river for "Dnjepr"', () => {
    expect(ids('kiev')[0]).toBe('kyiv');
    expect(search('kiev')[0].matched).toBe('Kiev');
    expect(ids('Dnjepr')).toEqual(['dnipro']);
  });

  it('finds Zaporizhzhia for "saporischschja", the city before the oblast', () => {
    expect(ids('saporischschja')).toEqual(['zaporizhzhia', 'zaporizhzhia-oblast']);
  });

  it('ignores apostrophes and diacritics in the query', () => {
    expect(ids("Kam'yanske")).toEqual(['kamianske']);
    expect(ids('kamyansk')).toEqual(['kamianske']);
    expect(ids('Кам\'янське')).toEqual(['kamianske']);
    expect(ids('zaporižžia')).toEqual(['zaporizhzhia']); // matches "Zaporiżżia": both fold to zaporizzia
  });

  it('ranks exact > prefix > word prefix > substring', () => {
    // "kakhovka": exact Kakhovka, word-prefix Nova Kakhovka.
    expect(ids('kakhovka')).toEqual(['kakhovka', 'nova-kakhovka']);
    // "akhovka" is only a substring of both: ties fall back to the name.
    expect(ids('akhovka')).toEqual(['kakhovka', 'nova-kakhovka']);
    // "dnipro": exact for the river and the city, prefix for Dniprodzerzhynsk (Kamianske).
    expect(ids('dnipro')).toEqual(['dnipro', 'dnipro-city', 'kamianske']);
  });

  it('breaks ties by mention count when given', () => {
    const counts: Record<string, number> = { 'dnipro-city': 12, dnipro: 3 };
    const byCount = createPlaceSearch(places, { count: (id) => counts[id] ?? 0 });
    expect(byCount('dnipro').map((m) => m.place.id)).toEqual(['dnipro-city', 'dnipro', 'kamianske']);
    // Count never outranks a better match tier.
    counts.kamianske = 1000;
    expect(byCount('dnipro').map((m) => m.place.id)).toEqual(['dnipro-city', 'dnipro', 'kamianske']);
  });

  it('returns [] for an empty or blank query and respects the limit', () => {
    expect(search('')).toEqual([]);
    expect(search('  ’ ')).toEqual([]);
    expect(ids('o', 3)).toHaveLength(3);
    expect(search('zzzz')).toEqual([]);
  });
});

describe('what a result says', () => {
  it('gives the kind, and the spelling that matched when it is not just the name', () => {
    const kherson = places.find((p) => p.id === 'kherson')!;
    expect(describeHit({ place: kherson, matched: 'Херсон' })).toBe('— city · matched “Херсон”');
    expect(describeHit({ place: kherson, matched: 'KHERSON' })).toBe('— city');
  });

  it('tells screen readers how many places were found', () => {
    expect(searchStatus('kh', true, 3)).toBe('3 places found');
    expect(searchStatus('kh', true, 1)).toBe('1 place found');
    expect(searchStatus('zz', true, 0)).toBe('No places found');
    expect(searchStatus('kh', false, 3)).toBe('');
    expect(searchStatus('  ', true, 0)).toBe('');
  });
});

describe('combobox keys', () => {
  it('opens on the first or last option, or with Alt+ArrowDown on none', () => {
    expect(arrowActive(true, false, false, -1, 5)).toBe(0);
    expect(arrowActive(false, false, false, -1, 5)).toBe(4);
    expect(arrowActive(true, true, false, -1, 5)).toBe(-1);
  });

  it('moves through an open list, wrapping at both ends', () => {
    expect(arrowActive(true, false, true, -1, 3)).toBe(0);
    expect(arrowActive(true, false, true, 2, 3)).toBe(0);
    expect(arrowActive(false, false, true, 0, 3)).toBe(2);
    expect(arrowActive(false, false, true, -1, 3)).toBe(2);
    expect(arrowActive(false, false, true, 2, 3)).toBe(1);
    expect(arrowActive(true, false, true, 0, 0)).toBe(-1);
  });
});
