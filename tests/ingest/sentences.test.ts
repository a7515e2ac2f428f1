import { describe, expect, it } from 'vitest';
import { paragraphSpans, SentenceLocator, sentenceSpans } from '../../src/lib/ingest/sentences.ts';

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
