import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skeleton, skeletonInitial } from '../../src/lib/geoparse/normalize';
import { allWords, tokenize } from '../../src/lib/geoparse/tokenize';

describe('skeletonInitial', () => {
  // The cue and anaphora tests skip a token whose skeleton cannot start like a cue's key:
  // that is only sound if skeletonInitial predicts skeleton()'s first character exactly.
  const agrees = (word: string) => {
    const initial = skeletonInitial(word.charCodeAt(0));
    return initial < 0 || initial === skeleton(word).charCodeAt(0);
  };
  const tails = ['', 'a', 'e', 'ergen', "'e", 'é', 'jó', 'ž', 'ysk', 'gg', "'s", 'ié', 'ш', 'ﬁ', 'hzh', 'sts', 'shsh', 'kh'];

  it("gives skeleton()'s first character for words starting with an ASCII letter, or declines", () => {
    let known = 0;
    for (let c = 65; c <= 122; c++) {
      if (c > 90 && c < 97) continue;
      for (const tail of tails) {
        const word = String.fromCharCode(c) + tail;
        expect(agrees(word), word).toBe(true);
        if (skeletonInitial(c) >= 0) known++;
      }
    }
    expect(known).toBe(46 * tails.length); // all letters but i, y, j in either case
  });

  it('agrees with skeleton() on every word of the test articles', () => {
    const dir = join(import.meta.dirname, '../fixtures/sentences');
    const words = readdirSync(dir).flatMap((name) => allWords(tokenize(readFileSync(join(dir, name), 'utf8'))));
    expect(words.length).toBeGreaterThan(500);
    for (const word of words) expect(agrees(word), word).toBe(true);
  });

  it('folds like skeleton() (w to v, g to h) and declines i, y, j and other first characters', () => {
    expect(skeletonInitial('Y'.charCodeAt(0))).toBe(-1);
    expect(skeletonInitial('j'.charCodeAt(0))).toBe(-1);
    expect(String.fromCharCode(skeletonInitial('K'.charCodeAt(0)))).toBe('k');
    expect(String.fromCharCode(skeletonInitial('W'.charCodeAt(0)))).toBe('v');
    expect(String.fromCharCode(skeletonInitial('g'.charCodeAt(0)))).toBe('h');
    expect(skeletonInitial('Ž'.charCodeAt(0))).toBe(-1);
    expect(skeletonInitial('К'.charCodeAt(0))).toBe(-1);
    expect(skeletonInitial('1'.charCodeAt(0))).toBe(-1);
  });
});
