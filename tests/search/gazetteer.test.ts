// The place search over the project's real gazetteer (geo/gazetteer.bin): its Ukrainian places,
// countries and curated places with their names in many languages (the app searches a dataset's
// places, a few thousand at most, not the world's 138,000): the spellings journalists and the seed
// articles use must find the place.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { createPlaceSearch } from '../../src/lib/search/index';

const places = loadGazetteer().entries.filter((e) => e.country === 'UA' || !e.country || e.kind === 'country');
const search = createPlaceSearch(places);
const ids = (query: string, limit = 10) => search(query, limit).map((m) => m.place.id);

describe('place search over the built gazetteer', () => {
  it('finds Kherson city first for "Херсон", and the oblast among the prefix matches', () => {
    expect(ids('Херсон')[0]).toBe('kherson');
    expect(ids('Херсон')).toContain('kherson-oblast');
    expect(ids('Херс')[0]).toBe('kherson');
    expect(ids('kher').slice(0, 2)).toEqual(['kherson', 'kherson-oblast']);
  });

  it('finds Kyiv for "kiev", the Dnipro river for "Dnjepr", Zaporizhzhia for "saporischschja"', () => {
    expect(ids('kiev')[0]).toBe('kyiv');
    expect(ids('Dnjepr')[0]).toBe('dnipro');
    expect(ids('saporischschja')[0]).toBe('zaporizhzhia');
    expect(ids('saporischschja')).toContain('zaporizhzhia-oblast'); // word prefix of "Oblast Saporischschja"
  });

  it('ignores the kind of apostrophe: ASCII \' finds Камʼянське (written with U+02BC)', () => {
    expect(ids("Кам'янське")[0]).toBe('kamianske');
  });

  it('ranks mention counts between equally good matches', () => {
    expect(ids('dnipro').slice(0, 2)).toEqual(['dnipro', 'dnipro-city']);
    const counted = createPlaceSearch(places, { count: (id) => (id === 'dnipro-city' ? 5 : id === 'dnipro' ? 2 : 0) });
    expect(counted('dnipro', 2).map((m) => m.place.id)).toEqual(['dnipro-city', 'dnipro']);
  });
});
