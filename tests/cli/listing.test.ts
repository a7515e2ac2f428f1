/** Listing a corpus directory: every entry read, ignored or rejected, the same with one thread or two
 *  (which take the names a chunk at a time: 40 names are one chunk, 2,000 several). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpus } from '../../scripts/ingest/listing.ts';

const dir = mkdtempSync(join(tmpdir(), 'placeline-listing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listCorpus', () => {
  it('lists files, rejects what cannot be read and ignores the rest, with one thread or two alike', async () => {
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `article-${String(i).padStart(2, '0')}.md`), 'x'.repeat(i));
    writeFileSync(join(dir, 'notes.pdf'), 'pdf');
    writeFileSync(join(dir, '.hidden.md'), 'hidden');
    mkdirSync(join(dir, 'drafts'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'broken.md'));

    let meanwhile = 0;
    const one = await listCorpus(dir, { meanwhile: () => meanwhile++ });
    const two = await listCorpus(dir, { twoThreadsFrom: 1, meanwhile: () => meanwhile++ });
    expect(two).toEqual(one);
    expect(meanwhile).toBe(2);
    expect(one.files.map((f) => f.name)).toEqual(Array.from({ length: 40 }, (_, i) => `article-${String(i).padStart(2, '0')}.md`));
    expect(one.files[7].size).toBe(7);
    expect(one.files[7].mtimeMs).toBeGreaterThan(0);
    expect(one.rejected).toEqual([
      { file: 'broken.md', reason: 'unreadable (broken symbolic link)' },
      { file: 'notes.pdf', reason: expect.stringContaining('unsupported file type (.pdf') },
    ]);
    expect(one.ignored).toEqual(['.hidden.md (hidden)', 'drafts/ (subdirectory; the corpus is read non-recursively)']);
    expect(one.read).toBe(42);
  });

  it('gives every name its own stat when two threads share the work', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 2000; i++) writeFileSync(join(many, `a-${String(i).padStart(4, '0')}.txt`), 'y'.repeat(i % 97));
    const one = await listCorpus(many);
    const two = await listCorpus(many, { twoThreadsFrom: 1 });
    expect(two).toEqual(one);
    expect(one.files).toHaveLength(2000);
    expect(one.files.every((f, i) => f.size === i % 97)).toBe(true);
  });
});
