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

describe('world: the names the news writes', () => {
  it('reads English names of towns GeoNames spells the local way, and towns GeoNames lacks', () => {
    expect(parse('The band played in Gothenburg and Cologne, then in Geneva.')).toEqual(['Gothenburg=goteborg', 'Cologne=koln', 'Geneva=geneve']);
    expect(parse('Fighters entered Afrin, in Syria.')).toEqual(['Afrin=afrin', 'Syria=syria']);
    expect(where('Residents of Khayelitsha protested.')).toEqual(['Khayelitsha=Khayelitsha/Western Cape/South Africa']);
  });

  it('finds the countries of the United Kingdom, short forms and abbreviated name parts', () => {
    expect(parse('She travelled from England to Scotland and Wales.').map((s) => s.split('=')[0])).toEqual(['England', 'Scotland', 'Wales']);
    expect(where('He moved to St. Louis last year.')).toEqual(['St. Louis=St. Louis/Missouri/United States']);
    expect(parse('Mining in SA is in crisis, RSA officials said.')).toEqual(['SA=south-africa', 'RSA=south-africa']);
  });

  it('reads "City, State" as two mentions, unless the city\'s name holds its state', () => {
    expect(parse('He flew to Washington, D.C. and on to Columbus, Ohio.')).toEqual(['Washington, D.C.=washington', 'Columbus=columbus', 'Ohio=ohio']);
  });

  it('keeps a place before an office, a party or its people, and a name in capitals after a byline', () => {
    expect(parse('Oklahoma Gov. Mary Fallin signed it; Manitoba Premier Brian Pallister did not; California Democrats objected.'))
      .toEqual(['Oklahoma=oklahoma', 'Manitoba=manitoba', 'California=california-us-region']);
    expect(parse('By JILL COLVIN, Associated Press WASHINGTON (AP) - China vowed to fight.')).toEqual(['WASHINGTON=washington', 'China=china']);
    // a caption that lost its full stop
    expect(parse('a shooting in Parkland, Florida The controversy grew')).toEqual(['Parkland=parkland-us', 'Florida=florida-us-region']);
  });

  it('reads a bare city named like its subdivision as the city, and a sizeable town by its named country', () => {
    expect(parse('Fans in Liverpool celebrated.')).toEqual(['Liverpool=liverpool']);
    expect(parse('The soldier was killed in Manbij, in northern Syria.')).toEqual(['Manbij=manbij', 'Syria=syria']);
    // a village named like a thing is not placed by its country alone
    expect(parse('Planes landed at Heathrow; the US said so.')).toEqual(['US=united-states']);
  });

  it('takes surnames for persons for the whole article: after any given name, an initial, a particle, or before an age', () => {
    expect(parse('Councillor Dewly Nelson spoke. Nelson says the plan works.')).toEqual([]);
    expect(parse('Jon R. Taylor, a professor, and Mario de Santiago, an artist, agreed.')).toEqual([]);
    expect(parse('Stephon Clark, 22, was shot. Clark was unarmed.')).toEqual([]);
    // a city is nobody's surname for the whole article
    expect(parse('Officials of Smart Dubai met. Dubai has goals.')).toEqual(['Dubai=dubai']);
  });

  it('reads no hyphenated organisation, feast or currency as a place', () => {
    expect(parse('A spokeswoman for Dyfed-Powys Police said.')).toEqual([]);
    expect(parse('She shares tips for Christmas cookies.')).toEqual([]);
    expect(parse('The grant of €3 million (US$3.7m) was rejected.')).toEqual([]);
  });
});
