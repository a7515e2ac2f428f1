import { describe, expect, it } from 'vitest';
import { SentenceLocator, sentenceSpans } from '../../src/lib/ingest/sentences.ts';
import { paragraphSpans } from '../../src/lib/text/index.ts';

const texts = (text: string, spans: [number, number][]) => spans.map(([s, e]) => text.slice(s, e));

describe('sentences', () => {
  it('splits sentences, trimmed, and never across a blank line', () => {
    const text = 'Troops left Kherson. They crossed the Dnipro\n\nto the left bank. Officials agreed!';
    expect(texts(text, sentenceSpans(text, 'en'))).toEqual([
      'Troops left Kherson.', 'They crossed the Dnipro', 'to the left bank.', 'Officials agreed!',
    ]);
  });

  it('does not break after initials, titles or month abbreviations', () => {
    const text = 'Speaking in Washington, U.S. President Joe Biden said so. Gen. Mark Milley agreed on Nov. 11 in Kyiv.';
    expect(texts(text, sentenceSpans(text, 'en'))).toEqual([
      'Speaking in Washington, U.S. President Joe Biden said so.',
      'Gen. Mark Milley agreed on Nov. 11 in Kyiv.',
    ]);
  });

  it('segments Indonesian and Ukrainian', () => {
    const id = 'Pasukan mundur dari Kherson. Warga merayakan.';
    expect(texts(id, sentenceSpans(id, 'id'))).toEqual(['Pasukan mundur dari Kherson.', 'Warga merayakan.']);
    const uk = 'Війська відійшли з Херсона. Місто вільне.';
    expect(texts(uk, sentenceSpans(uk, 'uk'))).toEqual(['Війська відійшли з Херсона.', 'Місто вільне.']);
  });

  it('paragraphs are separated by blank lines', () => {
    const text = ' One.\n\n\nTwo\nlines.\n \nThree.';
    expect(texts(text, paragraphSpans(text))).toEqual(['One.', 'Two\nlines.', 'Three.']);
  });

  it('SentenceLocator finds the sentence around a match', () => {
    const text = 'First one. Kherson was retaken on Friday.\n\nThe Dnipro is wide.';
    const loc = new SentenceLocator(text, 'en');
    const k = text.indexOf('Kherson');
    expect(text.slice(...loc.sentenceAt(k, k + 7))).toBe('Kherson was retaken on Friday.');
    const d = text.indexOf('Dnipro');
    expect(text.slice(...loc.sentenceAt(d, d + 6))).toBe('The Dnipro is wide.');
  });

  it('falls back to English rules for an unknown or malformed language tag', () => {
    const text = 'One. Two.';
    expect(texts(text, sentenceSpans(text, 'und'))).toEqual(['One.', 'Two.']);
    expect(texts(text, sentenceSpans(text, '%%'))).toEqual(['One.', 'Two.']);
  });
});

describe('single-sentence shortcut agrees with Intl.Segmenter', () => {
  it.each([
    'Kherson was retaken.',
    'Kherson was retaken!”',
    'Kherson was retaken',
    'Who retook Kherson?',
    'Херсон звільнено.',
    'Kota Kherson direbut kembali pada hari Jumat.',
  ])('%s', (text) => {
    const direct = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim());
    expect(texts(text, sentenceSpans(text, 'en'))).toEqual(direct);
  });
});

describe('sentence rules on plain text agree with Intl.Segmenter', async () => {
  const { ROOT_RULE_LANGUAGES, ruleSentenceEnds } = await import('../../src/lib/ingest/sentenceRules.ts');
  const icuEnds = (text: string, language: string) => {
    const ends: number[] = [];
    for (const { index, segment } of new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' }).segment(text)) ends.push(index + segment.length);
    return ends;
  };
  /** Every character the rules handle (the others make them decline). */
  const handled: string[] = [];
  for (let c = 0; c < 0x3000; c++) if (ruleSentenceEnds(String.fromCharCode(c), 0, 1)) handled.push(String.fromCharCode(c));
  const punctuation = handled.filter((c) => !/\p{L}/u.test(c));
  // Each character in the context of each rule: after a terminator, before one, between terminator
  // and capital or lower-case word, between letters around a full stop, next to digits and quotes.
  const contexts = (c: string) => [
    `Ab!${c}Xy`, `Ab! ${c}Xy`, `Ab! ${c}xy`, `Ab.${c}Xy`, `Ab.${c}xy`, `Ab. ${c}Xy`, `Ab. ${c}xy`, `Ab. ${c}1 xy`, `Ab. 1${c} xy`,
    `A${c}.Xy`, `a${c}.Xy`, `${c}.Xy`, `1${c}.5`, `Ab${c} Xy`, `Ab${c}${c} xy`, `Ab.${c} ${c}Xy`, `Ab.”${c}Xy`, `Ab. ${c}. Xy`, `Ab ${c}! Xy`,
    `Ab?” ${c} xy`, `Ab. (${c}) xy`, `Ab.${c}`, `${c}`, `${c} Xy. Zz`,
  ];

  it('handles the usual characters of Latin, Cyrillic and Greek text', () => {
    expect(handled.length).toBeGreaterThan(500);
    for (const c of 'aZéÿžЖїʼ0 .!?,;:-–—"\'“”«»()[]…%/') expect(handled, c).toContain(c);
    for (const c of '\n\r\u2028\u0301\u200b\u05d0\u3002') expect(handled).not.toContain(c); // line breaks, marks, other scripts
  });

  it('every handled character, in every rule context (English)', () => {
    for (const c of handled) for (const text of contexts(c)) expect(ruleSentenceEnds(text, 0, text.length), JSON.stringify(text)).toEqual(icuEnds(text, 'en'));
  });

  it('punctuation in every rule context, in every language said to use the root rules', () => {
    for (const language of ROOT_RULE_LANGUAGES) {
      for (const c of punctuation) for (const text of contexts(c)) expect(ruleSentenceEnds(text, 0, text.length), `${language} ${JSON.stringify(text)}`).toEqual(icuEnds(text, language));
    }
  });

  it('random paragraphs of words, numbers and punctuation', () => {
    let seed = 1;
    const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5 | 0) >>> 0) / 4294967296;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const words = ['Kherson', 'city', 'U.S', 'Gen', 'Nov', 'Київ', 'місто', 'Αθήνα', 'ЗСУ', 'll', 'e.g', '11', '3.5', 'ʼ', 'iPhone', 'McDonald'];
    const gaps = [' ', ' ', ' ', '. ', '.', '! ', '? ', ', ', '.” ', '.) ', '... ', '?! ', ': ', '; ', ' – ', '.  ', ' (', ') ', '."', '’ ', '…'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0, len = 2 + Math.floor(random() * 20); k < len; k++) text += (random() < 0.1 ? pick(handled) : pick(words)) + pick(gaps);
      const language = pick([...ROOT_RULE_LANGUAGES]);
      expect(ruleSentenceEnds(text, 0, text.length), `${language} ${JSON.stringify(text)}`).toEqual(icuEnds(text, language));
    }
  });

  it('the seed articles: same sentences with and without the rules', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../fixtures/seeds');
    let paragraphs = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const [s, e] of paragraphSpans(text)) {
        const ends = ruleSentenceEnds(text, s, e);
        if (!ends) continue;
        expect(ends.map((x) => x - s), text.slice(s, e)).toEqual(icuEnds(text.slice(s, e), 'en'));
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(50);
  });

  it('declines Greek (";" ends a question there) and text with line breaks', () => {
    expect(ROOT_RULE_LANGUAGES.has('el')).toBe(false);
    expect(ruleSentenceEnds('One.\nTwo.', 0, 9)).toBeUndefined();
  });
});
