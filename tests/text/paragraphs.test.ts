import { describe, expect, it } from 'vitest';
import { paragraphSpans, type Span, trimSpan } from '../../src/lib/text/index.ts';
import { seededRandom } from '../support/random.ts';

/** The definition: split at every /\n[ \t]*\n/, trim each piece, drop empty ones. */
function byRegex(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = from;
  let start = from;
  for (let m = blank.exec(text); m && m.index < to; m = blank.exec(text)) {
    const span = trimSpan(text, start, m.index);
    if (span) spans.push(span);
    start = m.index + m[0].length;
    blank.lastIndex = start;
  }
  const last = trimSpan(text, start, to);
  if (last) spans.push(last);
  return spans;
}

describe('paragraphSpans', () => {
  it('splits at blank lines, also ones holding spaces or tabs, and trims', () => {
    const text = ' One.\nstill one \n\nTwo.\n \t\nThree.\n\n\n\nFour.\n';
    expect(paragraphSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['One.\nstill one', 'Two.', 'Three.', 'Four.']);
  });

  it('agrees with the regex definition on random texts of line breaks, spaces, tabs and letters', () => {
    const random = seededRandom(7);
    const alphabet = ['\n', '\n', ' ', '\t', 'a', 'b.', '\r'];
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 30);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      expect(paragraphSpans(text), JSON.stringify(text)).toEqual(byRegex(text));
      expect(paragraphSpans(text, from, to), JSON.stringify([text, from, to])).toEqual(byRegex(text, from, to));
    }
  });
});
