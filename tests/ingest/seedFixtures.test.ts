/**
 * The seed fixtures (tests/fixtures/seeds) carry the metadata the seed manifest gives for each
 * article, through the real front-matter reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { readFrontMatter } from '../../src/lib/ingest/frontMatter.ts';
import { FIXTURES, fixtureFiles } from '../support/fixtures.ts';

const metadataSchema = z.record(
  z.string(),
  z.object({ language: z.string().length(2), published: z.string(), precision: z.enum(['day', 'estimate']) }),
);
const metadata = metadataSchema.parse(parse(readFileSync(join(FIXTURES, 'seed-metadata.yaml'), 'utf8')));

describe('tests/fixtures/seeds', () => {
  const files = fixtureFiles();

  it('holds one Markdown file per seed', () => {
    expect(files.map((f) => f.name.replace(/\.md$/, ''))).toEqual(Object.keys(metadata).sort());
  });

  for (const { name, bytes } of files) {
    it(`${name}: front matter matches the seed manifest`, () => {
      const fm = readFrontMatter(new TextDecoder().decode(bytes));
      if (!fm.ok) throw new Error(fm.reason);
      const expected = metadata[name.replace(/\.md$/, '')];
      expect(fm.warnings).toEqual([]);
      expect(fm.meta.published).toBe(expected.published);
      expect(fm.meta.language).toBe(expected.language);
      expect(fm.meta.published_precision).toBe(expected.precision);
      expect(fm.meta.title?.length).toBeGreaterThan(10);
      expect(fm.meta.source?.length).toBeGreaterThan(3);
    });
  }
});
