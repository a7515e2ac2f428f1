/** The world gazetteer: what the build takes from each package, checked on the built file. */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lib/gazetteer/index';

const g = loadGazetteer();
const named = (name: string) => g.entries.filter((e) => e.names.includes(name));

describe('world gazetteer', () => {
  it('has every country with names in many languages and the short forms the news uses', () => {
    const countries = g.entries.filter((e) => e.kind === 'country');
    expect(countries.length).toBeGreaterThan(240);
    const germany = g.get('germany')!;
    for (const name of ['Deutschland', 'Allemagne', 'Alemania', 'Niemcy', 'Németország', 'Almanya', 'Германия']) expect(germany.names, name).toContain(name);
    for (const [short, id] of [['U.S.', 'united-states'], ['USA', 'united-states'], ['U.K.', 'united-kingdom'], ['UAE', 'united-arab-emirates'], ['DRC', 'dr-congo']]) {
      expect(named(short).map((e) => e.id), short).toContain(id);
    }
    // GeoNames' point for the country, not the centroid of its shape
    expect(g.get('russia')).toMatchObject({ lat: 60, lon: 100 });
  });

  it('has every first-level subdivision, with ISO 3166-2 and postal/AP abbreviations for the US, Canada and Australia', () => {
    const texas = named('Texas').find((e) => e.kind === 'admin1')!;
    expect(texas).toMatchObject({ iso: 'US-TX', parent: 'united-states', country: 'US' });
    expect(texas.names).toEqual(expect.arrayContaining(['TX', 'Tex.']));
    expect(named('Ky.')[0]?.name).toBe('Kentucky');
    expect(named('B.C.')[0]).toMatchObject({ name: 'British Columbia', iso: 'CA-BC' });
    expect(named('NSW')[0]).toMatchObject({ name: 'New South Wales', iso: 'AU-NSW' });
    expect(g.entries.filter((e) => e.kind === 'admin1' && e.country === 'DE')).toHaveLength(16);
  });

  it('has GeoNames places of 1000 people and more, in their first-level subdivision', () => {
    const gainesville = named('Gainesville').find((e) => e.population! > 100_000)!;
    expect(g.ancestors(gainesville.id).map((e) => e.name)).toEqual(['Florida', 'United States']);
    expect(named('Winnipeg')[0].parent).toBe(named('Manitoba').find((e) => e.kind === 'admin1')!.id);
    const cairns = named('Cairns').find((e) => e.country === 'AU')!;
    expect(g.get(cairns.parent!)?.name).toBe('Queensland');
    expect(g.get('paris')).toMatchObject({ country: 'FR', seat: 'capital' });
    expect(named('Paris').filter((e) => e.country === 'US').length).toBeGreaterThan(3);
  });

  it('has US counties under their state, and continents, regions, seas, rivers and ranges with a point', () => {
    expect(g.get(named('Laurel County')[0].parent!)?.name).toBe('Kentucky');
    expect(named('Orange County').filter((e) => e.country === 'US').length).toBeGreaterThan(3);
    for (const name of ['Europe', 'Africa', 'Middle East', 'Balkans', 'Caucasus', 'Scandinavia', 'Central Asia', 'Latin America', 'the Gulf', 'Atlantic Ocean', 'Black Sea', 'Danube', 'Lake Victoria', 'Strait of Hormuz', 'Alps']) {
      expect(named(name).length, name).toBeGreaterThan(0);
    }
  });

  it('keeps the curated Ukrainian places and ids', () => {
    for (const id of ['dnipro', 'kherson', 'nova-kakhovka', 'kakhovka-dam', 'kherson-oblast', 'zaporizhzhia-oblast', 'donetsk-oblast', 'luhansk-oblast', 'crimea', 'sevastopol']) expect(g.get(id), id).toBeDefined();
    expect(g.get('dnipro-city')?.kind).toBe('city');
  });

  it('has spellings generated from Cyrillic in each language, and "Dnjepr" only for the river', () => {
    const kherson = g.get('kherson')!.names;
    for (const spelling of ['Cherson', 'Jerson', 'Herszon', 'Herson']) expect(kherson, spelling).toContain(spelling);
    expect(g.get('kakhovka')!.names).toEqual(expect.arrayContaining(['Kachowka', 'Kajovka', 'Kahovka']));
    expect(named('Dnjepr').map((e) => e.id)).toEqual(['dnipro']);
  });

  it('lists one-word names that are common words, as the text writes them', () => {
    for (const word of ['nice', 'reading', 'mobile', 'bath', 'split', 'orange', 'march', 'war']) expect(g.commonWords.has(word), word).toBe(true);
    expect(g.commonWords.has('paris')).toBe(false);
    expect(g.firstNames.has('George')).toBe(true);
  });
});
