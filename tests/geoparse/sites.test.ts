/**
 * Streets, buildings and venues (sites.ts): a capitalised name ending in a site word, read as a
 * mention of the town the article puts it in, and not at all when the article puts it nowhere.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { geoparse } from '../../src/lib/geoparse/index';

const g = loadGazetteer();
const parse = (text: string, language = 'en') => geoparse(text, language, g).map((m) => `${text.slice(m.start, m.end)}=${m.place}`);

describe('sites: streets, buildings and venues', () => {
  it('puts a site in the town named next in its sentence', () => {
    expect(parse('The museum is opening on Collins Avenue in Miami Beach next month.')).toEqual([
      'Collins Avenue=miami-beach', 'Miami Beach=miami-beach']);
  });

  it('puts a site in the town named before it in its paragraph, else the town the article names most', () => {
    expect(parse('Firefighters in Winnipeg were called out twice. Crews fought a blaze on River Avenue.')).toEqual([
      'Winnipeg=winnipeg', 'River Avenue=winnipeg']);
    expect(parse('Chicago police made an arrest.\nThe suspect fled towards Northwestern Memorial Hospital.')).toEqual([
      'Chicago=chicago', 'Northwestern Memorial Hospital=chicago']);
  });

  it('takes the city a site is named after, but not a small town a street is named after', () => {
    expect(parse('Pilgrims filled Manila Cathedral on Saturday.')).toEqual(['Manila Cathedral=manila']);
    // "Collins" is a town too; the avenue is in Miami Beach, not there
    expect(parse('Tourists walked down Collins Avenue.')).toEqual([]);
  });

  it("reads possessives in a site's name", () => {
    expect(parse("Doctors at Alder Hey Children's Hospital in Liverpool spoke.")).toEqual([
      "Alder Hey Children's Hospital=liverpool", 'Liverpool=liverpool']);
  });

  it('places nothing the article does not place, and takes no person, office or institution for a site', () => {
    expect(parse('The band played at Barclays Center.')).toEqual([]);
    expect(parse('In Seoul, President Park Geun-hye was sentenced. Stuart Hall wrote about it.')).toEqual(['Seoul=seoul']);
    expect(parse('In Beijing the Catholic Church is growing; she studied at Peking University.')).toEqual(['Beijing=beijing']);
  });
});
