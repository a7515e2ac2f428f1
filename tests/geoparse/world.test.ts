/**
 * The world rules, one per test, with sentences written for them: recognition (capitalisation,
 * common words, persons, organisations, demonyms, abbreviations) and resolution (City, State;
 * the article's states and countries; spatial coherence; kind and size; the source's location;
 * one reading per name).
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { geoparse } from '../../src/lib/geoparse/index';

const g = loadGazetteer();
const parse = (text: string, language = 'en', location?: string) =>
  geoparse(text, language, g, { location }).map((m) => `${text.slice(m.start, m.end)}=${m.place}`);
/** "surface=Name/Parent name/Country" for reading the chosen namesake. */
const where = (text: string, language = 'en', location?: string) =>
  geoparse(text, language, g, { location }).map((m) => {
    const e = g.get(m.place)!;
    return `${text.slice(m.start, m.end)}=${[e.name, ...g.ancestors(e.id).map((a) => a.name)].join('/')}`;
  });

describe('world: recognition', () => {
  it('finds states, provinces, regions, continents and seas', () => {
    expect(where('Storms hit Ohio, Texas and Kentucky; Alberta and Manitoba brace for snow.').map((s) => s.split('/')[0])).toEqual([
      'Ohio=Ohio', 'Texas=Texas', 'Kentucky=Kentucky', 'Alberta=Alberta', 'Manitoba=Manitoba']);
    expect(parse('Ministers from Europe, Africa and the Middle East met by the Mediterranean.').map((s) => s.split('=')[1]))
      .toEqual(['europe', 'africa', 'middle-east', 'mediterranean-sea']);
  });

  it('finds counties and cities below a million with their state', () => {
    expect(where('Deputies in Laurel County, Ky., and police in Gainesville, Fla., made arrests.')).toEqual([
      'Laurel County=Laurel County/Kentucky/United States', 'Ky.=Kentucky/United States',
      'Gainesville=Gainesville/Florida/United States', 'Fla.=Florida/United States']);
  });

  it('reads postal and AP abbreviations after a city, and B.C. and D.C. alone', () => {
    expect(where('He moved from Columbus, OH to Austin, Tex. last year.')).toEqual([
      'Columbus=Columbus/Ohio/United States', 'OH=Ohio/United States', 'Austin=Austin/Texas/United States', 'Tex.=Texas/United States']);
    expect(parse('Wildfires in B.C. spread; lawmakers in D.C. debated.')).toEqual(['B.C.=british-columbia', 'D.C.=district-of-columbia']);
    // a two-letter code standing alone is a word, not a state
    expect(parse('Turn it ON or OFF, OK?')).toEqual([]);
  });

  it('does not read common words as places (Mobile, Reading, Bath, Nice, Split, Orange, March)', () => {
    expect(parse('Reading the report, she found it nice. March on!')).toEqual([]);
    expect(parse('The Mobile app has a Split view and an Orange theme; Bath towels are on sale.')).toEqual([]);
    expect(parse('We flew to Nice, France, then on to Split, Croatia.')).toEqual(['Nice=nice', 'France=france', 'Split=split', 'Croatia=croatia']);
  });

  it('does not read persons as places (a first name or title before, the surname later)', () => {
    expect(parse('George Washington crossed the river. Later Washington wrote a letter.')).toEqual([]);
    expect(parse('Paris Hilton arrived late.')).toEqual([]);
    expect(parse('Mr. Houston and Gov. Jackson spoke.')).toEqual([]);
    expect(parse('Mary said she would call.')).toEqual([]);
  });

  it('does not read organisations, parties, universities, newspapers or clubs as places', () => {
    expect(parse('United Russia won the vote.')).toEqual([]);
    expect(parse('She studied at Ohio State University and wrote for the Washington Post.')).toEqual([]);
    expect(parse('Real Madrid beat the team.')).toEqual([]);
  });

  it('keeps demonyms and adjectives out (Russian, Texan, American)', () => {
    expect(parse('Russian troops, Texan ranchers and American officials.')).toEqual([]);
  });

  it('reads an all-caps dateline but not an acronym that folds onto a name', () => {
    expect(parse('LAGOS — The market reopened.')).toEqual(['LAGOS=lagos']);
    expect(parse('NATO allies and the BBC reported.')).toEqual([]);
    expect(parse('It costs $US4.5 billion.')).toEqual([]);
  });
});

describe('world: resolution', () => {
  it('"City, State" and "City, Country" choose the namesake', () => {
    expect(where('Paris, Ky. is a small town.')).toEqual(['Paris=Paris/Kentucky/United States', 'Ky.=Kentucky/United States']);
    expect(where('Paris, Texas hosted the fair.')[0]).toBe('Paris=Paris/Texas/United States');
    expect(where('Paris, France hosted the fair.')[0]).toMatch(/^Paris=Paris\/.*France$/);
  });

  it('without a cue, capitals and large places win (Paris is in France; Lagos is the city)', () => {
    expect(where('Flights to Paris resumed.')[0]).toMatch(/^Paris=Paris\/.*France$/);
    expect(parse('Traffic in Lagos was heavy.')).toEqual(['Lagos=lagos']);
  });

  it('the states and countries the article names decide (Georgia the state or the country)', () => {
    expect(where('In Georgia, Atlanta voters went to the polls.')[0]).toBe('Georgia=Georgia/United States');
    expect(where('In Georgia, Tbilisi voters went to the polls.')[0]).toBe('Georgia=Georgia');
  });

  it('keeps the article together (spatial coherence): Paris near Lexington is Paris, Kentucky', () => {
    expect(where('From Lexington the road leads to Paris.').at(-1)).toBe('Paris=Paris/Kentucky/United States');
  });

  it('a small town stands when the article places it, and nearby small towns place each other', () => {
    expect(parse('Allendale residents met.')).toEqual([]);
    expect(where('Allendale, N.J. residents met.')[0]).toBe('Allendale=Allendale/New Jersey/United States');
    expect(where('Residents of Oceanside and Bellmore met.')).toEqual(['Oceanside=Oceanside/New York/United States', 'Bellmore=Bellmore/New York/United States']);
  });

  it('the source\'s location (front matter) places what the text leaves open', () => {
    expect(where('The council of Paris met.', 'en', 'Kentucky')[0]).toBe('Paris=Paris/Kentucky/United States');
  });

  it('one reading per name per article', () => {
    const read = where('Paris, Ky. celebrates. The mayor of Paris spoke.');
    expect(read).toEqual(['Paris=Paris/Kentucky/United States', 'Ky.=Kentucky/United States', 'Paris=Paris/Kentucky/United States']);
  });
});
