/**
 * Clutter cleaning. The rule tests use invented page text (so the rules are shown to be general);
 * the seed tests check the clutter MANIFEST.md lists is gone and the article text is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, isHeadlineLike, normalizeWhitespace } from '../../src/lib/ingest/index.ts';
import { readFrontMatter } from '../../src/lib/ingest/frontMatter.ts';

const paragraphs = (text: string) => text.split('\n\n');

describe('cleanText rules', () => {
  it('keeps prose, one paragraph per line, separated by blank lines', () => {
    const out = cleanText('First paragraph here.\nSecond paragraph.\n\n\n  Third   one\u00a0here.  ');
    expect(out).toBe('First paragraph here.\n\nSecond paragraph.\n\nThird one here.');
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    expect(cleanText('Troops crossed the river near the\ncity on Monday, officials said.')).toBe(
      'Troops crossed the river near the city on Monday, officials said.',
    );
  });

  it('drops "read also" teasers in several languages, whatever their length', () => {
    const raw = [
      'The army entered Odesa on Monday.',
      'ALSO READ: Ten things you did not know about the harbour of Varna',
      'Baca juga: Harga cabai naik di Surabaya',
      'Lesen Sie auch: Was in Hamburg passiert ist',
      'Читайте также: Новости Москвы',
      'The mayor spoke later.',
    ].join('\n\n');
    expect(paragraphs(cleanText(raw))).toEqual(['The army entered Odesa on Monday.', 'The mayor spoke later.']);
  });

  it('drops widget labels that stand alone on a line, but not prose that mentions them', () => {
    const raw = 'Leave a Reply\n\nShare this article\n\nComments (12)\n\nBagikan\n\nWerbung\n\nThe council will share this news with Lviv residents.\n\nAdvertisement';
    expect(cleanText(raw)).toBe('The council will share this news with Lviv residents.');
  });

  it('drops image credit lines and strips credits glued to captions', () => {
    const raw = [
      'Residents queue for water in Mykolaiv.Credit: Reuters',
      'Foto: Antara',
      'Photo: AFP via Getty Images',
      'Getty Images',
      'A tank near Izium (Photo by John Smith/AFP via Getty Images)',
      'Warga mengungsi dari kota pagi iniKredit: Instagram',
    ].join('\n\n');
    expect(paragraphs(cleanText(raw))).toEqual([
      'Residents queue for water in Mykolaiv.',
      'A tank near Izium',
      'Warga mengungsi dari kota pagi ini',
    ]);
  });

  it('keeps a prose line that merely contains the word "photo:"', () => {
    const line = 'He showed us a photo: the bridge at Antonivka was gone.';
    expect(cleanText(line)).toBe(line);
  });

  it('drops lone numeric counters', () => {
    expect(cleanText('Shelling hit Nikopol overnight.\n\n3\n\n12\n\n1/5\n\nTwo people were hurt.')).toBe(
      'Shelling hit Nikopol overnight.\n\nTwo people were hurt.',
    );
  });

  it('drops syndication notes', () => {
    const raw = 'This story was originally published by The Example Times and is reprinted with permission.\nThe port of Izmail was hit.';
    expect(cleanText(raw)).toBe('The port of Izmail was hit.');
  });

  it('drops a caption repeated right after itself, repeated subheadings and pull quotes', () => {
    const raw = [
      'Smoke rises over Bakhmut.',
      'Smoke rises over Bakhmut.',
      'What Comes Next For The Front',
      'Officials said the front line near Vuhledar had not moved. They expect more fighting.',
      'What Comes Next For The Front',
      'Officials said the front line near Vuhledar had not moved.',
    ].join('\n');
    expect(paragraphs(cleanText(raw))).toEqual([
      'Smoke rises over Bakhmut.',
      'What Comes Next For The Front',
      'Officials said the front line near Vuhledar had not moved. They expect more fighting.',
    ]);
  });

  it('drops copies of the headline, also truncated ones and ones with other quote marks', () => {
    const raw = 'Floods Hit Zaporizhzhia’s Southern Coast\n\nWater rose along the coast on Sunday.\n\nFloods Hit Zaporizhzhia’s Southern\n\nMore rain is expected.';
    expect(paragraphs(cleanText(raw, 'en', { title: "Floods Hit Zaporizhzhia's Southern Coast" }))).toEqual([
      'Water rose along the coast on Sunday.',
      'More rain is expected.',
    ]);
  });

  it('compares repeats in lower case as toLowerCase does, also for İ and a final Σ', () => {
    // "İ" lower-cases to "i" + a combining dot (two words: "i", "stanbul"), "Σ" to "ς" at a word's end.
    const raw = 'İSTANBUL AND ODESA PORTS REOPEN\n\nShips left at dawn.\n\ni̇stanbul and odesa ports reopen\n\nΟΔΗΣΣΟΣ ΛΙΜΑΝΙ ΑΝΟΙΓΕΙ ΞΑΝΑ\n\nοδησσος λιμανι ανοιγει ξανα\n\nοδησσοσ λιμανι ανοιγει ξανα';
    expect(paragraphs(cleanText(raw))).toEqual([
      'İSTANBUL AND ODESA PORTS REOPEN', 'Ships left at dawn.', 'ΟΔΗΣΣΟΣ ΛΙΜΑΝΙ ΑΝΟΙΓΕΙ ΞΑΝΑ', 'οδησσοσ λιμανι ανοιγει ξανα',
    ]);
  });

  it('keeps a first paragraph that only starts like the headline', () => {
    const raw = 'Floods hit Zaporizhzhia coast after days of rain, the governor said.';
    expect(cleanText(raw, 'en', { title: 'Floods Hit Zaporizhzhia Coast' })).toBe(raw);
  });

  it('drops blocks of two or more headline-like lines (promoted stories) in mid-article', () => {
    const raw = [
      'Rescuers reached Kupiansk on Tuesday.',
      '',
      'Shopper finds bargain kettle at local store - and it cuts energy bills',
      'Celebrity couple reveal their favourite holiday spots from Bali to Ibiza',
      '',
      'They found the bridge destroyed.',
    ].join('\n');
    expect(paragraphs(cleanText(raw))).toEqual(['Rescuers reached Kupiansk on Tuesday.', 'They found the bridge destroyed.']);
  });

  it('keeps the article\'s own short lists and lists introduced by a colon', () => {
    const raw = 'Front line on Monday, by town.\n\nKherson: retaken\nNova Kakhovka: occupied\n\nWhere the shelling hit:\n\nThe port of Kherson near the river\nThe market square of Beryslav town';
    expect(paragraphs(cleanText(raw))).toEqual([
      'Front line on Monday, by town.', 'Kherson: retaken', 'Nova Kakhovka: occupied', 'Where the shelling hit:',
      'The port of Kherson near the river', 'The market square of Beryslav town',
    ]);
  });

  it('keeps a single subheading and bullet lists without final punctuation', () => {
    const raw = 'Key points:\n\n• Troops left Kherson\n• The bridge is down\n\nWhy It Matters\n\nThe city controls the river crossing.';
    expect(paragraphs(cleanText(raw))).toEqual(['Key points:', '• Troops left Kherson', '• The bridge is down', 'Why It Matters', 'The city controls the river crossing.']);
  });

  it('drops a trailing list of unrelated headlines and short widget leftovers', () => {
    const raw = [
      'The ferry to Ochakiv resumed service on Friday.',
      '',
      'Senate Passes Budget Bill After Marathon Session',
      '',
      'Storm Batters Coastal Towns in Florida',
      '',
      'Markets Rally as Inflation Cools in Europe',
      '',
      'Result XYZ',
    ].join('\n');
    expect(cleanText(raw)).toBe('The ferry to Ochakiv resumed service on Friday.');
  });

  it('drops the headline-like lines listed after a "Related" heading', () => {
    const raw = 'The dam at Nova Kakhovka was damaged.\n\nRelated Stories\n\nFarmers Count Losses Along the River\n\nThe reservoir level fell by a metre.';
    expect(paragraphs(cleanText(raw))).toEqual(['The dam at Nova Kakhovka was damaged.', 'The reservoir level fell by a metre.']);
  });

  it('never empties an article made only of short lines', () => {
    const raw = 'Kherson\nNova Kakhovka\nDnipro';
    expect(cleanText(raw)).toBe('Kherson\n\nNova Kakhovka\n\nDnipro');
  });

  it('normalizes whitespace without touching letters', () => {
    expect(normalizeWhitespace('a\u00a0\u00a0b\r\nc\u200b d\t')).toBe('a b\nc d');
  });

  it('finds every kind of whitespace work, one at a time (the shortcut for clean text)', () => {
    expect(normalizeWhitespace('Clean line.\nAnother.')).toBe('Clean line.\nAnother.');
    for (const [input, expected] of [
      ['a  b', 'a b'], [' a', 'a'], ['a ', 'a'], ['a \nb', 'a\nb'], ['a\n b', 'a\nb'], ['a\rb', 'a\nb'], ['a\tb', 'a b'],
      ['a\u00adb', 'ab'], ['a\u2009b', 'a b'], ['a\u2028 b', 'a\u2028b'], ['a\ufeffb', 'ab'], ['e\u0301', 'é'],
    ]) expect(normalizeWhitespace(input), JSON.stringify(input)).toBe(expected);
  });

  it('tells headline-like lines from sentences', () => {
    expect(isHeadlineLike('Russia Withdraws From Kherson')).toBe(true);
    expect(isHeadlineLike('Russia withdrew from Kherson.')).toBe(false);
    expect(isHeadlineLike('He said: “We left.”')).toBe(false);
    expect(isHeadlineLike('• Troops left Kherson')).toBe(false);
  });
});

describe('cleanText on the seed articles', () => {
  const corpus = (name: string) => {
    const fm = readFrontMatter(readFileSync(join(import.meta.dirname, '../fixtures/seeds', name), 'utf8'));
    if (!fm.ok) throw new Error(fm.reason);
    return cleanText(fm.body, fm.meta.language, { title: fm.meta.title });
  };
  const count = (text: string, needle: string) => text.split(needle).length - 1;

  it('000: teaser, repeated caption, headline copies and widget labels are gone', () => {
    const text = corpus('000_937c58341da5fcbe.md');
    for (const clutter of ['ALSO READ', 'Xi Jinping', 'Leave a Comment', 'Related Articles', 'Our Partners']) expect(text).not.toContain(clutter);
    expect(count(text, 'Ukraine citizens celebrating and waving flags')).toBe(1);
    expect(count(text, 'Why Retreat From Kherson May Be Dangerous For Ukraine')).toBe(1);
    expect(text).not.toMatch(/^Russia Withdraws From Ukraine/m);
    expect(text).toContain('Buschmann will be joined by his counterparts');
    expect(text.startsWith('Key Takeaways:')).toBe(true);
  });

  it('003: credits, counters, promotions and "Result SGP" are gone; captions stay', () => {
    const text = corpus('003_11b1090ab0ee68fd.md');
    for (const clutter of ['Kredit', 'Home Bargains', 'Waktu terbaik', 'Big Brother', 'Troll menamparku', 'Result SGP']) expect(text).not.toContain(clutter);
    expect(text).not.toMatch(/^\d+$/m);
    expect(text).toContain('Pasukan terlihat di wilayah Kherson pagi ini');
    expect(count(text, 'Konvoi tentara Rusia terlihat melarikan diri di wilayah Kherson')).toBe(1);
    expect(text).toContain('bendungan Kakhovka');
  });

  it('004: the trailing list of unrelated 2026 headlines is gone', () => {
    const text = corpus('004_0c2f169107b31c11.md');
    for (const clutter of ['Oman', 'Taiwan', 'Japan', 'Missouri', 'Cuba', 'New England', 'Washington', 'Belgorod', 'New York', 'South Korea']) expect(text).not.toContain(clutter);
    expect(text.endsWith('strengthen its side.')).toBe(true);
    expect(text).toContain('Nova Kakhovka');
  });

  it('every seed keeps its last real paragraph and has no blank-line runs', () => {
    for (const name of ['000_937c58341da5fcbe.md', '001_d85e5d27cd6f0369.md', '002_cf3a8c24b146938d.md', '003_11b1090ab0ee68fd.md', '004_0c2f169107b31c11.md']) {
      const text = corpus(name);
      expect(text).not.toMatch(/\n{3,}/);
      expect(text).toBe(text.trim());
    }
    expect(corpus('001_d85e5d27cd6f0369.md').endsWith('@FreemansMind96.')).toBe(true);
    expect(corpus('002_cf3a8c24b146938d.md').endsWith('illegally annexed Crimea.')).toBe(true);
  });
});

describe('cleanText: blank-line runs of any length separate the same blocks', () => {
  it('2 to 6 newlines between lines, leading and trailing newlines', () => {
    for (let n = 2; n <= 6; n++) {
      const sep = '\n'.repeat(n);
      expect(cleanText(`${sep}First paragraph here.${sep}Second one\nwraps here.${sep}Third.${sep}`)).toBe('First paragraph here.\n\nSecond one wraps here.\n\nThird.');
    }
  });
});
