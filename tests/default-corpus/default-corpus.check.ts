/**
 * The shipped default corpus is still the default story: corpus/ holds the five seed articles, the
 * story file and its overlays byte for byte as tests/fixtures/seeds has them (the browser tests
 * run on that copy). This is the one test that reads corpus/, so it is not
 * part of `npm test` (a user's corpus/ may hold anything): run it with `npm run test:default-corpus`
 * (CI does, on a clean clone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, SEEDS_DIR } from '../support/fixtures.ts';

const CORPUS = join(import.meta.dirname, '../../corpus');

describe('corpus/ (the shipped default corpus)', () => {
  for (const { name, bytes } of fixtureFiles()) {
    it(`${name} is the seed article, byte for byte`, () => {
      const file = join(CORPUS, name);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))).toBe(true);
    });
  }

  const storyFiles = ['story.json', ...readdirSync(join(SEEDS_DIR, 'overlays')).map((f) => `overlays/${f}`)];
  for (const name of storyFiles) {
    it(`${name} is the fixture's copy, byte for byte`, () => {
      expect(readFileSync(join(CORPUS, name), 'utf8')).toBe(readFileSync(join(SEEDS_DIR, name), 'utf8'));
    });
  }
});
