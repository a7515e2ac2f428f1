/**
 * The tests' own inputs (tests/fixtures/). No test reads the user's corpus/ or anything outside the
 * repository: a clone with any articles in corpus/ (or none) passes `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The five seed articles of the default story, with their front matter (tests/fixtures/seeds). */
export const SEEDS_DIR = join(FIXTURES, 'seeds');

export interface FixtureFile {
  name: string;
  bytes: Uint8Array;
}

/** Every article file of a fixture corpus, sorted by name. */
export function fixtureFiles(dir = SEEDS_DIR): FixtureFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(md|txt|html?)$/i.test(name))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** A fixture file's text. */
export function fixtureText(name: string, dir = SEEDS_DIR): string {
  return readFileSync(join(dir, name), 'utf8');
}
