import { describe, expect, it } from 'vitest';
import { expandSources, normalizeEntryPath } from '../../src/lib/importer/index';
import { sourceOf, zipOf } from '../support/importFixtures';

describe('normalizeEntryPath', () => {
  it('drops empty, "." and ".." segments, backslashes and drive letters', () => {
    expect(normalizeEntryPath('../../etc/passwd.md')).toEqual({ path: 'etc/passwd.md', hidden: false });
    expect(normalizeEntryPath('a/./b//c.md')).toEqual({ path: 'a/b/c.md', hidden: false });
    expect(normalizeEntryPath('C:\\Users\\x\\..\\n.txt')).toEqual({ path: 'Users/x/n.txt', hidden: false });
    expect(normalizeEntryPath('/abs/file.md').path).toBe('abs/file.md');
  });
  it('marks dot files, files in dot folders and __MACOSX as hidden', () => {
    expect(normalizeEntryPath('.DS_Store').hidden).toBe(true);
    expect(normalizeEntryPath('notes/.git/HEAD').hidden).toBe(true);
    expect(normalizeEntryPath('__MACOSX/._a.md').hidden).toBe(true);
    expect(normalizeEntryPath('notes/a.md').hidden).toBe(false);
  });
});

describe('expandSources', () => {
  it('counts every file read; rejects by type and size before reading; ignores hidden files', async () => {
    let read = 0;
    const huge = { name: 'huge.md', size: 50_000_000, bytes: async () => { read++; return new Uint8Array(); } };
    const out = await expandSources([sourceOf('b.md', 'b'), sourceOf('a.txt', 'a'), sourceOf('photo.jpg', 'x'), huge, sourceOf('.DS_Store', 'x')]);
    expect(out.entries.map((e) => e.name)).toEqual(['a.txt', 'b.md']);
    expect(out.rejected).toEqual([
      { file: 'photo.jpg', reason: 'unsupported file type (.jpg; supported: .md, .txt, .html, .htm)' },
      { file: 'huge.md', reason: 'file too large (50.0 MB > 10 MB limit)' },
    ]);
    expect(out.ignored).toEqual(['.DS_Store (hidden)']);
    expect(out.read).toBe(4);
    expect(read).toBe(0);
  });

  it('keeps folder paths from a picked folder, without climbing out of it', async () => {
    const out = await expandSources([sourceOf('a.md', 'a', 'notes/2023/a.md'), sourceOf('b.md', 'b', '../b.md')]);
    expect(out.entries.map((e) => e.name)).toEqual(['b.md', 'notes/2023/a.md']);
  });

  it('expands a zip into its entries: hostile paths normalised, nested zips, big and hidden entries not inflated', async () => {
    const zip = zipOf({
      'articles/one.md': 'one',
      '../../escape.md': 'escape',
      'inner.zip': zipOf({ 'x.md': 'x' }),
      'big.txt': 'x'.repeat(10_000_001),
      'readme.pdf': '%PDF',
      '__MACOSX/articles/._one.md': 'resource fork',
    });
    const out = await expandSources([sourceOf('batch.zip', zip)]);
    expect(out.entries.map((e) => e.name)).toEqual(['batch.zip/articles/one.md', 'batch.zip/escape.md']);
    expect(new TextDecoder().decode(await out.entries[1].bytes())).toBe('escape');
    expect(out.rejected.map((r) => r.file).sort()).toEqual(['batch.zip/big.txt', 'batch.zip/inner.zip', 'batch.zip/readme.pdf']);
    expect(out.rejected.find((r) => r.file === 'batch.zip/big.txt')!.reason).toBe('file too large (10.0 MB > 10 MB limit)');
    expect(out.rejected.find((r) => r.file === 'batch.zip/inner.zip')!.reason).toBe('zip inside a zip (unzip it first)');
    expect(out.ignored).toEqual(['batch.zip/__MACOSX/articles/._one.md (hidden)']);
    expect(out.read).toBe(5);
  });

  it('rejects a file that is not a zip but is named .zip, naming it', async () => {
    const out = await expandSources([sourceOf('broken.zip', 'not a zip at all')]);
    expect(out.read).toBe(1);
    expect(out.rejected[0].file).toBe('broken.zip');
    expect(out.rejected[0].reason).toMatch(/^not a readable zip archive \(/);
  });
});
