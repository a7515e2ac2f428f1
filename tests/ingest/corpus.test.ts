/**
 * The default corpus: every seed article is in corpus/ with the metadata MANIFEST.md gives, and its
 * body is the seed text byte for byte (cleaning is the pipeline's job, not the corpus's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/ingest/frontMatter.ts';

const SEEDS = '/work/shared/seeds';
const CORPUS = join(import.meta.dirname, '../../corpus');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** Rows of the MANIFEST table: file | language | published … | source | headline. */
function manifestRows(): Map<string, { language: string; published: string; estimate: boolean }> {
  const rows = new Map<string, { language: string; published: string; estimate: boolean }>();
  for (const line of readFileSync(join(SEEDS, 'MANIFEST.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^\d{3}_\w+\.txt$/.test(cells[1] ?? '')) continue;
    rows.set(cells[1], {
      language: /^(\w{2})\b/.exec(cells[2])![1],
      published: /\d{4}-\d{2}-\d{2}/.exec(cells[3])![0],
      estimate: /\bestimate\b/.test(cells[3]),
    });
  }
  return rows;
}

describe('corpus/', () => {
  const manifest = manifestRows();

  it('has one Markdown file per seed and nothing else (beside its story: story.json, overlays/)', () => {
    expect(seedFiles.length).toBe(5);
    expect(readdirSync(CORPUS).filter((f) => f !== 'story.json' && f !== 'overlays').sort()).toEqual(seedFiles.map((f) => f.replace(/\.txt$/, '.md')));
  });

  for (const seed of seedFiles) {
    const corpusFile = seed.replace(/\.txt$/, '.md');

    it(`${corpusFile}: body equals the seed byte for byte`, () => {
      const bytes = readFileSync(join(CORPUS, corpusFile));
      const fm = readFrontMatter(bytes.toString('utf8'));
      expect(fm.ok).toBe(true);
      if (!fm.ok) return;
      expect(Buffer.from(fm.body, 'utf8').equals(readFileSync(join(SEEDS, seed)))).toBe(true);
    });

    it(`${corpusFile}: front matter matches MANIFEST.md`, () => {
      const fm = readFrontMatter(readFileSync(join(CORPUS, corpusFile), 'utf8'));
      if (!fm.ok) throw new Error(fm.reason);
      const row = manifest.get(seed)!;
      expect(fm.warnings).toEqual([]);
      expect(fm.meta.published).toBe(row.published);
      expect(fm.meta.language).toBe(row.language);
      expect(fm.meta.published_precision).toBe(row.estimate ? 'estimate' : 'day');
      expect(fm.meta.title?.length).toBeGreaterThan(10);
      expect(fm.meta.source?.length).toBeGreaterThan(3);
    });
  }
});
