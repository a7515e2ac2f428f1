/**
 * Spellings generated from Cyrillic for each language, and the case endings the geoparser reads,
 * with sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { geoparse } from '../../src/lib/geoparse/index';
import { generatedSpellings, transliterateName } from '../../scripts/gazetteer/spellings';

const g = loadGazetteer();
const places = (text: string, language: string) => geoparse(text, language, g).map((m) => `${text.slice(m.start, m.end)}=${m.place}`);

describe('generated spellings', () => {
  it('transliterates by each language\'s usual rules', () => {
    const kherson = (language: Parameters<typeof transliterateName>[1]) => transliterateName('Херсон', language, false);
    expect([kherson('en'), kherson('de'), kherson('pl'), kherson('cs'), kherson('es'), kherson('it'), kherson('hu'), kherson('tr'), kherson('fr'), kherson('pt'), kherson('id')])
      .toEqual(['Kherson', 'Cherson', 'Cherson', 'Cherson', 'Jerson', 'Cherson', 'Herszon', 'Herson', 'Kherson', 'Kherson', 'Kherson']);
    expect(transliterateName('Каховка', 'es', false)).toBe('Kajovka');
    expect(transliterateName('Запоріжжя', 'de', false)).toBe('Saporischschja');
    expect(transliterateName('Запоріжжя', 'hu', false)).toBe('Zaporizzsja');
    expect(transliterateName('Миколаїв', 'pl', false)).toBe('Mykolajiw');
    // Russian readings: г is g, е after a vowel is a glide
    expect(transliterateName('Белгород', 'de', true)).toBe('Belgorod');
    expect(generatedSpellings('Херсон')).toEqual(expect.arrayContaining(['Kherson', 'Cherson', 'Jerson', 'Herszon', 'Herson']));
  });
});

describe('geoparse in the languages the spellings are for', () => {
  it('Spanish: Jersón, Kajovka', () => {
    expect(places('Las tropas rusas abandonaron Jersón y Nova Kajovka.', 'es')).toEqual(['Jersón=kherson', 'Nova Kajovka=nova-kakhovka']);
  });
  it('Italian: Cherson', () => {
    expect(places('Le truppe russe hanno lasciato Cherson e la regione di Cherson.', 'it')).toContain('Cherson=kherson');
  });
  it('Hungarian: Herszon', () => {
    expect(places('Az orosz csapatok kivonultak Herszonból; Herszon felszabadult.', 'hu')).toContain('Herszon=kherson');
  });
  it('Turkish: Herson, Kahovka', () => {
    expect(places('Rus birlikleri Herson ve Nova Kahovka kentinden çekildi.', 'tr')).toEqual(['Herson=kherson', 'Nova Kahovka=nova-kakhovka']);
  });
  it('Portuguese and Indonesian: Kherson', () => {
    expect(places('As tropas deixaram Kherson.', 'pt')).toEqual(['Kherson=kherson']);
    expect(places('Pasukan Rusia meninggalkan Kherson.', 'id')).toContain('Kherson=kherson');
  });
  it('German: Cherson and the genitive -s; "Dnjepr" is the river, Dnipro the city', () => {
    expect(places('Die Befreiung Chersons wurde gefeiert.', 'de')).toEqual(['Chersons=kherson']);
    expect(places('Die Brücke über den Dnjepr ist zerstört.', 'de')).toEqual(['Dnjepr=dnipro']);
    expect(places('In Dnjepr heulten die Sirenen.', 'de')).toEqual(['Dnjepr=dnipro']);
    expect(places('In der Stadt Dnipro heulten die Sirenen.', 'de')).toEqual(['Dnipro=dnipro-city']);
  });
  it('Polish: cases (w Chersoniu, z Chersonia, Kachowka)', () => {
    expect(places('Mieszkańcy w Chersoniu świętowali; wojska wycofały się z Chersonia i z Kachowki.', 'pl'))
      .toEqual(['Chersoniu=kherson', 'Chersonia=kherson', 'Kachowki=kakhovka']);
  });
  it('Czech: cases (v Chersonu, Chersonem)', () => {
    expect(places('Obyvatelé v Chersonu slavili osvobození; nad Chersonem vlaje vlajka.', 'cs')).toEqual(['Chersonu=kherson', 'Chersonem=kherson']);
  });
});
