/**
 * A re-ingest carries the unchanged batches over from the previous layout (scripts/ingest/ledger.ts)
 * instead of merging them again from the cache, and parses only the changed files of the other
 * batches (scripts/ingest/reuse.ts): whatever changed — files edited, deleted, added in a
 * new batch before the others (which renumbers their shards), an id that now collides with a carried
 * batch's, a damaged previous layout — the result is byte for byte what a fresh ingest writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseManifest } from '../../src/lib/store/index.ts';
import { splitBatches } from '../../scripts/ingest/batches.ts';
import { runIngestCli } from '../support/cli.ts';
import { writeNewsCorpus } from '../support/newsCorpus.ts';

let dir: string;
const BATCH_FILES = 8;
const OPTIONS = ['--jobs', '1', '--batch-files', String(BATCH_FILES)];

/** Ingest the working corpus into `out` with the cache; its summary's batch counts. */
async function ingest(out: string) {
  const r = await runIngestCli(['work', '--out', out, '--cache', 'cache', ...OPTIONS], dir);
  expect(r.code, r.stderr).toBe(0);
  const cache = /Cache: (\d+) of (\d+) batches unchanged(?: \((\d+) carried over)?/.exec(r.stdout);
  const files = /of the others' files, (\d+) parsed and (\d+) unchanged/.exec(r.stdout);
  return {
    stdout: r.stdout, unchanged: Number(cache?.[1] ?? 0), total: Number(cache?.[2] ?? 0), carried: Number(cache?.[3] ?? 0),
    parsed: Number(files?.[1] ?? 0), reused: Number(files?.[2] ?? 0),
  };
}

/** The layout equals, file for file, a fresh ingest (no cache) of the same corpus. */
async function expectFreshEqual(out: string): Promise<void> {
  rmSync(join(dir, 'fresh'), { recursive: true, force: true });
  const r = await runIngestCli(['work', '--out', 'fresh', '--no-cache', ...OPTIONS], dir);
  expect(r.code, r.stderr).toBe(0);
  const files = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1)).sort();
  const expected = files(join(dir, 'fresh'));
  expect(files(join(dir, out))).toEqual(expected);
  for (const path of expected) {
    expect(readFileSync(join(dir, out, path)).equals(readFileSync(join(dir, 'fresh', path))), path).toBe(true);
  }
}

/** Does a batch boundary follow this name (so the next file starts another batch)? */
function endsBatch(name: string): boolean {
  return splitBatches([{ name, size: 1, hash: '' }, { name: `${name}~`, size: 1, hash: '' }], 'v', BATCH_FILES).length === 2;
}

const work = () => join(dir, 'work');

function htmlArticle(title: string): string {
  const paragraph = '<p>Shelling was reported in Odesa overnight, the regional governor said. Power was cut in several districts of the city and repair crews were at work by morning.</p>';
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraph.repeat(4)}</article></body></html>`;
}
const sortedNames = () => readdirSync(work()).sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placeline-carry-'));
  writeNewsCorpus(work(), { seed: 5, files: 80, articleBytes: 1200, rejectEvery: 30 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
vi.setConfig({ testTimeout: 120_000 });

describe('re-ingest carries unchanged batches over from the previous layout', () => {
  it('nothing changed: every batch is carried and no data file is rewritten', async () => {
    const first = await ingest('inc');
    expect(first.carried).toBe(0);
    const manifest = readFileSync(join(dir, 'inc', 'manifest.json'), 'utf8');
    const again = await ingest('inc');
    expect(again.carried).toBe(again.total);
    expect(again.total).toBeGreaterThan(5);
    expect(readFileSync(join(dir, 'inc', 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('files edited, deleted, added at the end and in a new first batch: only their batches are merged anew', async () => {
    const names = sortedNames();
    writeFileSync(join(work(), names[20]), `${readFileSync(join(work(), names[20]), 'utf8')}\nFerries ran again from Kherson on Monday.\n`);
    unlinkSync(join(work(), names[45]));
    writeFileSync(join(work(), 'zz-late.md'), '---\ntitle: Late\npublished: 2022-12-30\n---\nTrains ran again between Kyiv and Lviv.\n');
    // A file that sorts first and ends its own batch: every later batch's shard number moves by one.
    const early = Array.from({ length: 200 }, (_, i) => `0000-early-${i}.md`).find(endsBatch)!;
    writeFileSync(join(work(), early), '---\ntitle: Early\npublished: 2022-01-01\n---\nShelling was reported in Kharkiv.\n');
    const before = parseManifest(readFileSync(join(dir, 'inc', 'manifest.json'), 'utf8')).shards.length;

    const changed = await ingest('inc');
    expect(parseManifest(readFileSync(join(dir, 'inc', 'manifest.json'), 'utf8')).shards.length).toBe(before + 1);
    expect(changed.total - changed.unchanged).toBeLessThanOrEqual(4);
    expect(changed.carried).toBe(changed.unchanged);
    expect(changed.carried).toBeGreaterThanOrEqual(changed.total - 4);
    // In the changed batches only the edited and the new files are parsed; the others come from the cache.
    expect(changed.parsed).toBe(3);
    expect(changed.reused).toBeGreaterThan(5);
    await expectFreshEqual('inc');
  });

  it('a new file with the id of a later carried file: that batch is merged anew, the later file rejected', async () => {
    // S.htm or S.html sorts just before S.md; alone in a batch of its own (the name before it and
    // itself end batches), it leaves S.md's batch unchanged, so that batch would be carried.
    const names = sortedNames();
    const pairs = names.flatMap((name, i) => ['.htm', '.html'].map((ext) => [name, name.replace(/\.md$/, ext), names[i - 1]] as const));
    const found = pairs.find(([name, other, before]) => name.startsWith('2022-') && name.endsWith('.md') && before && endsBatch(before) && endsBatch(other));
    expect(found, 'the generated corpus has such a name (seed 5)').toBeDefined();
    const [target, duplicate] = found!;
    writeFileSync(join(work(), duplicate), htmlArticle('Same id'));
    const collided = await ingest('inc');
    expect(collided.stdout).toContain(`${target}: duplicate id '${target.replace(/\.md$/, '')}' (also ${duplicate})`);
    expect(collided.carried).toBe(collided.unchanged - 1); // the collided batch came from the cache
    await expectFreshEqual('inc');

    // Its earlier namesake gone, the file is ingested again (its batch, which rejected it, is not carried).
    unlinkSync(join(work(), duplicate));
    const restored = await ingest('inc');
    expect(restored.stdout).not.toContain('duplicate id');
    expect(restored.carried).toBe(restored.unchanged - 1);
    await expectFreshEqual('inc');
  });

  it('a new file with the id of an earlier carried file is rejected', async () => {
    const target = sortedNames().find((name) => name.startsWith('2022-') && name.endsWith('.md') && endsBatch(name))!;
    const duplicate = target.replace(/\.md$/, '.txt');
    writeFileSync(join(work(), duplicate), 'Shelling was reported in Odesa overnight, the regional governor said.\n');
    const r = await ingest('inc');
    expect(r.stdout).toContain(`${duplicate}: duplicate id '${target.replace(/\.md$/, '')}' (also ${target})`);
    expect(r.carried).toBe(r.unchanged);
    await expectFreshEqual('inc');
    unlinkSync(join(work(), duplicate));
  });

  it('a damaged previous layout is not carried from: its batches come from the cache', async () => {
    const manifest = parseManifest(readFileSync(join(dir, 'inc', 'manifest.json'), 'utf8'));
    const mentions = join(dir, 'inc', manifest.files.mentions.path);
    const bytes = readFileSync(mentions);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(mentions, bytes);
    const r = await ingest('inc');
    expect(r.carried).toBe(0);
    expect(r.unchanged).toBe(r.total);
    await expectFreshEqual('inc');
  });

  it('another output directory has no previous layout: nothing is carried', async () => {
    const r = await ingest('other');
    expect(r.carried).toBe(0);
    expect(r.unchanged).toBe(r.total);
    await expectFreshEqual('other');
  });

  it('an unchanged file whose cache entry is damaged is parsed again', async () => {
    await ingest('inc'); // (the ledger of the corpus as it is now)
    const batchDir = join(dir, 'cache', 'batches');
    for (const name of readdirSync(batchDir)) {
      const bytes = readFileSync(join(batchDir, name));
      bytes[bytes.length - 1] ^= 0xff;
      writeFileSync(join(batchDir, name), bytes);
    }
    const edited = sortedNames()[33];
    writeFileSync(join(work(), edited), `${readFileSync(join(work(), edited), 'utf8')}\nThe ferry to Kherson ran late.\n`);
    const r = await ingest('inc');
    expect(r.total - r.unchanged).toBe(1);
    expect(r.reused).toBe(0); // its batch's other files were not taken from the damaged entry
    await expectFreshEqual('inc');
  });
});
