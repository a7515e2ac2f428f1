import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lib/ingest/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Russian troops completed their withdrawal from the city of Kherson on Friday, officials said.'],
    ['id', 'Ribuan tentara Rusia tampaknya melarikan diri dari kota penting Kherson di Ukraina.'],
    ['uk', 'Російські війська відійшли з Херсона на лівий берег Дніпра.'],
    ['ru', 'Российские войска отошли из Херсона на левый берег Днепра.'],
    ['de', 'Die russischen Truppen haben sich aus der Stadt Cherson zurückgezogen.'],
  ])('%s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('answers "und" for texts too short to judge', () => {
    expect(detectLanguage('Kherson')).toBe('und');
    expect(detectLanguage('12 345 678')).toBe('und');
  });
});
