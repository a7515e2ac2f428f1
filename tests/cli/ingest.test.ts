/**
 * The ingest CLI on bad input. Most cases call runCli() in-process on a temp corpus (fast); two
 * spawn the real `tsx scripts/ingest.ts` to check the script entry point and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../src/lib/dataset.ts';
import { runIngestCli } from '../support/cli.ts';
import { SEEDS_DIR } from '../support/fixtures.ts';

const REPO = join(import.meta.dirname, '../..');
const GOOD = `---
title: Troops leave Kherson
published: 2022-11-11
language: en
---
Russian troops completed their withdrawal from Kherson on Friday, officials said. The Dnipro now
separates the two armies.
`;

let dir: string;
let corpus: string;
let outFile: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'placeline-cli-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  outFile = join(dir, 'out', 'nested', 'dataset.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Uint8Array) {
  writeFileSync(join(corpus, name), content);
}

function run(...args: string[]) {
  return runIngestCli(args, dir);
}

async function runCorpus() {
  const r = await run('corpus', '--out', outFile, '--jobs', '1');
  const dataset: Dataset | undefined = existsSync(outFile) ? parseDataset(readFileSync(outFile, 'utf8'), outFile) : undefined;
  return { ...r, dataset };
}

function reasonFor(dataset: Dataset | undefined, file: string) {
  return dataset?.rejected.find((r) => r.file === file)?.reason;
}

describe('ingest CLI: usage', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run ingest -- \[corpusDir\] \[--out file\.json\]/);
  });

  it('an unknown flag is a usage error (exit 2) naming the flag', async () => {
    const r = await run('corpus', '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--frobnicate');
  });

  it('a missing corpus directory is a usage error (exit 2) naming it', async () => {
    const r = await run('no-such-dir', '--out', outFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('corpus directory not found: no-such-dir');
    expect(existsSync(outFile)).toBe(false);
  });

  it('too many arguments and a file instead of a directory are usage errors', async () => {
    expect((await run('a', 'b')).code).toBe(2);
    put('x.md', GOOD);
    const r = await run('corpus/x.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a directory: corpus/x.md');
  });
});

describe('ingest CLI: bad files are rejected or flagged, never lost', () => {
  it('writes a valid dataset, creating the output directory', async () => {
    put('good.md', GOOD);
    const r = await runCorpus();
    expect(r.code).toBe(0);
    expect(r.dataset?.articles.map((a) => a.id)).toEqual(['good']);
    expect(r.stdout).toContain('1 file read = 1 ingested + 0 rejected');
  });

  it('empty file', async () => {
    put('good.md', GOOD);
    put('empty.md', '');
    const r = await runCorpus();
    expect(r.code).toBe(0);
    expect(reasonFor(r.dataset, 'empty.md')).toBe('empty file');
    expect(r.stdout).toContain('empty.md: empty file');
    expect(r.stdout).toContain('2 files read = 1 ingested + 1 rejected');
  });

  it('binary file', async () => {
    put('good.md', GOOD);
    put('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const r = await runCorpus();
    expect(reasonFor(r.dataset, 'photo.txt')).toMatch(/^binary file \(NUL bytes/);
    expect(r.stdout).toMatch(/photo\.txt: binary file \(NUL bytes/);
  });

  it('non-UTF-8 file', async () => {
    put('good.md', GOOD);
    put('latin1.txt', new Uint8Array([...Buffer.from('Troops left Kherson, caf'), 0xe9, ...Buffer.from(' closed.')]));
    const r = await runCorpus();
    expect(reasonFor(r.dataset, 'latin1.txt')).toMatch(/^not UTF-8 text/);
    expect(r.stdout).toMatch(/latin1\.txt: not UTF-8 text/);
  });

  it('malformed front matter names the YAML error line', async () => {
    put('good.md', GOOD);
    put('broken.md', '---\ntitle: ok\nsource: "never closed\npublished: 2022-11-11\n---\nTroops left Kherson.');
    const r = await runCorpus();
    expect(reasonFor(r.dataset, 'broken.md')).toMatch(/^malformed front matter: .*\(line \d+\)$/);
    expect(r.stdout).toMatch(/broken\.md: malformed front matter: .*\(line \d+\)/);
  });

  it('an impossible date keeps the article as undated, with a warning', async () => {
    put('feb30.md', GOOD.replace('2022-11-11', '2022-02-30'));
    const r = await runCorpus();
    expect(r.code).toBe(0);
    const article = r.dataset?.articles.find((a) => a.id === 'feb30');
    expect(article).toBeDefined();
    expect(article?.published).toBeUndefined();
    expect(r.stdout).toContain("feb30.md: invalid published date '2022-02-30'");
    expect(r.stdout).toContain('(1 undated)');
    // An undated article gets no relative dates: "on Friday" cannot be resolved.
    expect(r.dataset?.mentions.every((m) => m.date === undefined)).toBe(true);
  });

  it('a file larger than 10 MB is rejected with its size', async () => {
    put('good.md', GOOD);
    put('huge.txt', Buffer.alloc(12_300_000, 'a'));
    const r = await runCorpus();
    expect(reasonFor(r.dataset, 'huge.txt')).toBe('file too large (12.3 MB > 10 MB limit)');
    expect(r.stdout).toContain('huge.txt: file too large (12.3 MB > 10 MB limit)');
  });

  it('two files with the same id: the first in sorted order wins', async () => {
    put('a.md', GOOD);
    put('a.txt', 'Troops left Kherson on Friday.');
    const r = await runCorpus();
    expect(r.dataset?.articles.map((a) => a.file)).toEqual(['a.md']);
    expect(reasonFor(r.dataset, 'a.txt')).toBe("duplicate id 'a' (also a.md)");
    expect(r.stdout).toContain('2 files read = 1 ingested + 1 rejected');
  });

  it('HTML with no main text', async () => {
    put('good.md', GOOD);
    put('nav.html', '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    const r = await runCorpus();
    expect(reasonFor(r.dataset, 'nav.html')).toBe('no main text found in HTML');
  });

  it('unsupported files are rejected, hidden files and subdirectories ignored, and counts add up', async () => {
    put('good.md', GOOD);
    put('README', 'notes');
    put('scan.pdf', '%PDF-1.4');
    put('.DS_Store', new Uint8Array([0, 0, 0, 1]));
    mkdirSync(join(corpus, 'drafts'));
    const r = await runCorpus();
    expect(r.code).toBe(0);
    expect(reasonFor(r.dataset, 'README')).toMatch(/^unsupported file type \(no extension/);
    expect(reasonFor(r.dataset, 'scan.pdf')).toMatch(/^unsupported file type \(\.pdf/);
    expect(r.dataset?.rejected.map((x) => x.file)).toEqual(['README', 'scan.pdf']);
    expect(r.stdout).toContain('Ignored, not read: .DS_Store (hidden), drafts/ (subdirectory');
    expect(r.stdout).toContain('3 files read = 1 ingested + 2 rejected');
  });

  it('a corpus where everything is rejected exits 1 and writes nothing', async () => {
    put('empty.md', '');
    put('bad.md', '---\ntitle: [unclosed\n---\nx');
    const r = await runCorpus();
    expect(r.code).toBe(1);
    expect(r.dataset).toBeUndefined();
    expect(r.stdout).toContain('2 files read = 0 ingested + 2 rejected');
    expect(r.stderr).toContain('no article could be ingested');
  });

  it('an empty corpus directory exits 1', async () => {
    const r = await runCorpus();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('0 files read = 0 ingested + 0 rejected');
  });
});

describe('ingest CLI: real process', () => {
  const tsx = (args: string[], cwd = REPO) =>
    spawnSync(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'scripts/ingest.ts'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

  it('ingests ./corpus by default (resolved from the working directory)', () => {
    cpSync(SEEDS_DIR, corpus, { recursive: true });
    const out = join(dir, 'default.json');
    const r = tsx(['--out', out], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 files read = 5 ingested + 0 rejected');
    const dataset = parseDataset(readFileSync(out, 'utf8'), out);
    expect(dataset.articles).toHaveLength(5);
    expect(dataset.mentions.length).toBeGreaterThan(20);
  });

  it('exits 2 on an unknown flag and 1 when nothing is ingested', () => {
    expect(tsx(['--nope']).status).toBe(2);
    put('empty.txt', '');
    expect(tsx(['corpus', '--out', outFile], dir).status).toBe(1);
  });
});
