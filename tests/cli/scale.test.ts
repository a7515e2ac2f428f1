/**
 * Parallel, incremental and multi-machine ingest on a generated corpus of real sentences
 * (tests/support/newsCorpus.ts): the same bytes for any --jobs, the same bytes as the in-process
 * pipeline, only changed batches re-parsed, damaged cache entries rebuilt, --merge equal to one
 * ingest of the whole corpus, and broken layout files reported by name.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '../../src/lib/dataset.ts';
import { loadGazetteer } from '../../src/lib/gazetteer/index.ts';
import { ingestFiles } from '../../src/lib/ingest/pipeline.ts';
import { parseManifest } from '../../src/lib/store/index.ts';
import { ingestCorpus } from '../../scripts/ingest/run.ts';
import { runIngestCli } from '../support/cli.ts';
import { writeNewsCorpus } from '../support/newsCorpus.ts';

let dir: string;
const FILES = 90;
/** Small batches, so even this corpus has a dozen and two workers interleave them. */
const BATCH = ['--batch-files', '8'];
const ONE = ['--jobs', '1'];
const run = (...args: string[]) => runIngestCli(args, dir);

/** Every file of a directory tree, relative path -> bytes. */
function tree(root: string): Map<string, Buffer> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(root.length + 1), readFileSync(join(e.parentPath, e.name))]));
}

/** `actual` has every file of `expected`, byte for byte. */
function expectFilesOf(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  for (const [path, bytes] of expected) expect(bytes.equals(actual.get(path)!), path).toBe(true);
}

/** The two trees hold the same files with the same bytes. */
function expectSameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expectFilesOf(a, b);
}

function manifestOf(layout: string) {
  return parseManifest(readFileSync(join(layout, 'manifest.json'), 'utf8'));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placeline-scale-'));
  writeNewsCorpus(join(dir, 'corpus'), { seed: 3, files: FILES, articleBytes: 1500, rejectEvery: 40 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each ingest starts worker threads (a few seconds on a busy machine).
vi.setConfig({ testTimeout: 180_000 });

describe('ingest at scale: parallel, deterministic, nothing lost', () => {
  it('--jobs 1 and --jobs 2 write byte-identical layouts, and read = ingested + rejected', async () => {
    const one = await run('corpus', '--out', 'one', '--jobs', '1', '--no-cache', ...BATCH);
    // Two worker threads even for this small corpus (the CLI would parse it on the main thread).
    const two = await ingestCorpus({
      corpusDir: join(dir, 'corpus'), layoutDir: join(dir, 'two'), jobs: 2, batchFiles: 8, parallelMinBytes: { parse: 0, hash: 0, perWorker: 1 },
    });
    expect(one.code, one.stderr).toBe(0);
    expect(two.summary?.manifest.counts.articles).toBe(FILES - 2);
    expect(two.threadCpu.workers).toHaveLength(2);
    const a = tree(join(dir, 'one'));
    const b = tree(join(dir, 'two'));
    a.delete('story.json'); // the CLI publishes the corpus's story beside the layout; ingestCorpus does not
    expectSameTree(a, b);
    const { counts, shards } = manifestOf(join(dir, 'one'));
    expect(shards.length).toBeGreaterThan(5);
    expect(counts.read).toBe(FILES);
    expect(counts.articles + counts.rejected).toBe(counts.read);
    expect(counts.rejected).toBe(2); // the generator's empty files
    expect(one.stdout).toContain(`${FILES} files read = ${counts.articles} ingested + 2 rejected`);
  });

  it('--out file.json is byte for byte the validated Dataset of the in-process pipeline', async () => {
    const r = await run('corpus', '--out', 'whole.json', '--no-cache', ...BATCH);
    expect(r.code, r.stderr).toBe(0);
    const corpus = join(dir, 'corpus');
    const files = readdirSync(corpus).map((name) => ({ name, bytes: readFileSync(join(corpus, name)) }));
    const expected = `${JSON.stringify(datasetSchema.parse(ingestFiles(files, loadGazetteer()).dataset))}\n`;
    expect(readFileSync(join(dir, 'whole.json'), 'utf8') === expected).toBe(true);
  });
});

describe('incremental ingest', () => {
  let work: string;
  beforeAll(() => {
    work = join(dir, 'changing');
    cpSync(join(dir, 'corpus'), work, { recursive: true });
  });

  it('re-parses only the batches of changed files; deleted files disappear; the output equals a fresh ingest', async () => {
    const first = await run('changing', '--out', 'inc', '--cache', 'cache', ...ONE, ...BATCH);
    expect(first.code, first.stderr).toBe(0);
    const again = await run('changing', '--out', 'inc', '--cache', 'cache', ...ONE, ...BATCH);
    const total = manifestOf(join(dir, 'inc')).shards.length;
    expect(again.stdout).toMatch(new RegExp(`Cache: (\\d+) of \\1 batches unchanged`));

    const names = readdirSync(work).sort();
    const edited = names[10];
    writeFileSync(join(work, edited), readFileSync(join(work, edited), 'utf8').replace(/Kherson/g, 'Odesa'));
    unlinkSync(join(work, names[50]));
    writeFileSync(join(work, 'zz-today.md'), '---\ntitle: Today\npublished: 2022-12-31\nlanguage: en\n---\nTrains ran again between Kyiv and Lviv on Saturday.\n');
    const changed = await run('changing', '--out', 'inc', '--cache', 'cache', ...ONE, ...BATCH);
    expect(changed.code, changed.stderr).toBe(0);
    const unchanged = Number(/Cache: (\d+) of (\d+) batches unchanged/.exec(changed.stdout)?.[1]);
    const batches = Number(/Cache: (\d+) of (\d+) batches unchanged/.exec(changed.stdout)?.[2]);
    expect(batches - unchanged).toBeLessThanOrEqual(3); // one batch per changed file at most
    expect(unchanged).toBeGreaterThanOrEqual(total - 3);

    const fresh = await run('changing', '--out', 'fresh', '--no-cache', ...ONE, ...BATCH);
    expect(fresh.code).toBe(0);
    expectSameTree(tree(join(dir, 'inc')), tree(join(dir, 'fresh')));
    const articles = JSON.parse(readFileSync(join(dir, 'inc', manifestOf(join(dir, 'inc')).files.articles.path), 'utf8')) as { file: string }[];
    expect(articles.some((x) => x.file === names[50])).toBe(false);
    expect(articles.some((x) => x.file === 'zz-today.md')).toBe(true);
  });

  it('a damaged cache entry is detected by its checksum and rebuilt', async () => {
    // Flip the last byte of every cached mention file (the cache also holds the entries of the
    // files changed above, no longer used).
    const batchDir = join(dir, 'cache', 'batches');
    for (const bin of readdirSync(batchDir).filter((name) => name.endsWith('.batch'))) {
      const bytes = readFileSync(join(batchDir, bin));
      bytes[bytes.length - 1] ^= 0xff;
      writeFileSync(join(batchDir, bin), bytes);
    }
    // (into a new directory: a layout that holds the batches would carry them over, cache unread)
    const r = await run('changing', '--out', 'from-cache', '--cache', 'cache', ...ONE, ...BATCH);
    expect(r.code, r.stderr).toBe(0);
    const batches = manifestOf(join(dir, 'from-cache')).shards.length;
    expect(r.stdout).toContain(`Cache: 0 of ${batches} batches unchanged; ${batches} stale or damaged entries rebuilt`);
    expectFilesOf(tree(join(dir, 'from-cache')), tree(join(dir, 'fresh')));
  });
  it('a lost places catalogue makes the batches that name its places stale; they are rebuilt', async () => {
    for (const name of readdirSync(join(dir, 'cache')).filter((n) => /^places-.*\.json$/.test(n))) unlinkSync(join(dir, 'cache', name));
    const r = await run('changing', '--out', 'from-catalogue', '--cache', 'cache', ...ONE, ...BATCH);
    expect(r.code, r.stderr).toBe(0);
    const batches = manifestOf(join(dir, 'from-catalogue')).shards.length;
    // (the first rebuilt batches put their places back, so later ones may find theirs again)
    const rebuilt = Number(/(\d+) stale or damaged entries rebuilt/.exec(r.stdout)?.[1]);
    expect(rebuilt).toBeGreaterThan(0);
    expectFilesOf(tree(join(dir, 'from-catalogue')), tree(join(dir, 'fresh')));
    const again = await run('changing', '--out', 'from-catalogue', '--cache', 'cache', ...ONE, ...BATCH);
    expect(again.stdout).toContain(`Cache: ${batches} of ${batches} batches unchanged`);
  });

  it('changed batches parsed by workers while the cached ones are merged give the same bytes', async () => {
    const names = readdirSync(work).sort();
    for (const name of [names[3], names[60]]) writeFileSync(join(work, name), `${readFileSync(join(work, name), 'utf8')}\nFerries ran again from Kherson on Monday.\n`);
    const outcome = await ingestCorpus({
      corpusDir: work, layoutDir: join(dir, 'inc'), cacheDir: join(dir, 'cache'), jobs: 2, batchFiles: 8, parallelMinBytes: { parse: 0, hash: 0 },
    });
    expect(outcome.batches.total - outcome.batches.fromCache).toBeLessThanOrEqual(2);
    expect(outcome.batches.fromCache).toBeGreaterThan(0);
    // the two edited files (and an empty file of their batches, if any: a rejected file is parsed
    // again); their batches' other files are unchanged and come from the cache
    expect(outcome.batches.filesParsed).toBeGreaterThanOrEqual(2);
    expect(outcome.batches.filesParsed).toBeLessThanOrEqual(4);
    expect(outcome.batches.filesReused).toBeGreaterThan(0);
    // two small batches to parse: one worker is started for them, not --jobs of them
    expect(outcome.threadCpu.workers).toHaveLength(1);
    const fresh = await run('changing', '--out', 'fresh', '--no-cache', ...ONE, ...BATCH);
    expect(fresh.code).toBe(0);
    expectSameTree(tree(join(dir, 'inc')), tree(join(dir, 'fresh')));
  });
});

describe('much to hash: the workers hash the files as they read them to parse', () => {
  it('keys every batch in the workers, writes what a fresh ingest writes; a touched corpus is found in the cache', async () => {
    const work = join(dir, 'keyed');
    cpSync(join(dir, 'corpus'), work, { recursive: true });
    // (hash: 0 — the CLI does this from 64 MB of new or touched files)
    const options = { corpusDir: work, cacheDir: join(dir, 'keyed-cache'), jobs: 2, batchFiles: 8, parallelMinBytes: { parse: 0, hash: 0 } };
    const first = await ingestCorpus({ ...options, layoutDir: join(dir, 'keyed-1') });
    expect(first.batches.filesParsed).toBe(FILES);
    expect((await run('keyed', '--out', 'keyed-fresh', '--no-cache', ...ONE, ...BATCH)).code).toBe(0);
    const fresh = tree(join(dir, 'keyed-fresh'));
    fresh.delete('story.json');
    expectSameTree(tree(join(dir, 'keyed-1')), fresh);

    // Every file touched (same bytes, new mtime): hashed again by the workers, every batch found in the cache.
    const later = new Date(Date.now() + 60_000);
    for (const name of readdirSync(work)) utimesSync(join(work, name), later, later);
    const touched = await ingestCorpus({ ...options, layoutDir: join(dir, 'keyed-2') });
    expect(touched.batches.filesParsed).toBe(0);
    expect(touched.batches.fromCache).toBe(touched.batches.total);
    expectSameTree(tree(join(dir, 'keyed-2')), fresh);

    // The stat index holds the workers' hashes: this thread keys every batch as they did, and the
    // previous layout's batches (keyed by the workers) are carried over.
    const again = await ingestCorpus({ ...options, layoutDir: join(dir, 'keyed-2') });
    expect(again.batches.carried).toBe(again.batches.total);
    expect(again.batches.filesParsed).toBe(0);
  });
});

describe('--merge: shards ingested separately (several machines) merged into one dataset', () => {
  it('merging two halves gives what one ingest of the whole corpus gives, duplicates across halves rejected', async () => {
    // The documented example (docs/dataset-layout.md): split by file, ingest each half, merge.
    const names = readdirSync(join(dir, 'corpus')).sort();
    for (const half of ['half-a', 'half-b']) mkdirSync(join(dir, half));
    names.forEach((name, i) => cpSync(join(dir, 'corpus', name), join(dir, i % 2 ? 'half-b' : 'half-a', name)));
    // The same id in both halves: one ingest would reject the later file; so must the merge.
    writeFileSync(join(dir, 'half-a', 'dup.md'), '---\ntitle: A\npublished: 2022-05-01\n---\nShelling in Kherson.\n');
    writeFileSync(join(dir, 'half-b', 'dup.txt'), 'Shelling in Kharkiv.\n');
    mkdirSync(join(dir, 'together'));
    for (const half of ['half-a', 'half-b']) for (const name of readdirSync(join(dir, half))) cpSync(join(dir, half, name), join(dir, 'together', name));

    expect((await run('half-a', '--out', 'layout-a', '--jobs', '1', '--no-cache', ...BATCH)).code).toBe(0);
    expect((await run('half-b', '--out', 'layout-b', '--jobs', '1', '--no-cache', ...BATCH)).code).toBe(0);
    const merged = await run('--merge', 'layout-a', 'layout-b', '--out', 'merged.json');
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain(`${FILES + 2} files read`);
    expect((await run('together', '--out', 'together.json', '--no-cache', ...ONE, ...BATCH)).code).toBe(0);
    const together = readFileSync(join(dir, 'together.json'), 'utf8');
    expect(readFileSync(join(dir, 'merged.json'), 'utf8') === together).toBe(true);
    expect(together).toContain('"reason":"duplicate id \'dup\' (also dup.md)"');
  });

  it('a truncated shard in an input is reported by name, and nothing is written', async () => {
    cpSync(join(dir, 'layout-b'), join(dir, 'layout-broken'), { recursive: true });
    const shard = manifestOf(join(dir, 'layout-broken')).shards[1].path;
    truncateSync(join(dir, 'layout-broken', shard), 100);
    const r = await run('--merge', 'layout-a', 'layout-broken', '--out', 'never');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`layout-broken: ${shard}: 100 bytes, the manifest says`);
  });
});
