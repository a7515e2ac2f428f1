import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { ingestFiles } from '../../src/lib/ingest/pipeline';
import { accountingLine, type ImportProgress } from '../../src/lib/imported/index';
import { ImportCancelled, reportOf, runImport } from '../../src/lib/importer/index';
import { fixtureSource, generatedArticle, sourceOf, THREE_ARTICLES, zipOf } from '../support/importFixtures';

const gazetteer = loadGazetteer();
const many = (n: number) => Array.from({ length: n }, (_, i) => sourceOf(`gen-${String(i).padStart(4, '0')}.md`, generatedArticle(i, i % 2 ? 'Odesa' : 'Lviv', '2023-07-01')));

describe('runImport', () => {
  it('gives what the CLI pipeline gives for the same files, with its accounting line', async () => {
    const names = [...THREE_ARTICLES, 'noise.bin'];
    const outcome = await runImport(names.map(fixtureSource), gazetteer);
    const cli = ingestFiles(
      await Promise.all(names.filter((n) => n.endsWith('.md')).map(async (n) => ({ name: n, bytes: await fixtureSource(n).bytes() }))),
      gazetteer,
      [{ file: 'noise.bin', reason: 'unsupported file type (.bin; supported: .md, .txt, .html, .htm)' }],
    );
    expect(outcome.dataset).toEqual(cli.dataset);
    expect(outcome.warnings).toEqual(cli.warnings);
    expect(accountingLine(reportOf(outcome))).toBe('4 files read = 3 ingested + 1 rejected');
    expect(new Set(outcome.dataset.mentions.map((m) => m.place))).toEqual(new Set(['odesa', 'mykolaiv', 'hamburg', 'warsaw', 'lviv', 'kharkiv']));
  });

  it('gives the same dataset whatever the batch size', async () => {
    const sources = many(40);
    const whole = await runImport(sources, gazetteer, { batchSize: 1000 });
    const batched = await runImport(sources, gazetteer, { batchSize: 3 });
    expect(batched.dataset).toEqual(whole.dataset);
    expect(whole.dataset.articles).toHaveLength(40);
  });

  it('rejects an id already kept, or seen in an earlier batch, with the CLI message', async () => {
    const outcome = await runImport(
      [sourceOf('a.md', generatedArticle(1, 'Odesa', '2023-01-01')), sourceOf('a.txt', generatedArticle(2, 'Lviv', '2023-01-02')), sourceOf('kept.md', generatedArticle(3, 'Lviv', '2023-01-03'))],
      gazetteer,
      { batchSize: 1, existingIds: new Map([['kept', 'kept.md']]) },
    );
    expect(outcome.dataset.articles.map((a) => a.file)).toEqual(['a.md']);
    expect(outcome.dataset.rejected).toEqual([
      { file: 'a.txt', reason: "duplicate id 'a' (also a.md)" },
      { file: 'kept.md', reason: "duplicate id 'kept' (also kept.md)" },
    ]);
    expect(outcome.dataset.mentions.every((m) => m.article === 'a')).toBe(true);
    expect(outcome.dataset.places.map((p) => p.id)).not.toContain('lviv');
  });

  it('reports progress after each batch, ending at the totals', async () => {
    const seen: ImportProgress[] = [];
    const sources = [...many(10), sourceOf('x.pdf', 'x')];
    await runImport(sources, gazetteer, { batchSize: 4, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBe(1 + 3);
    for (let i = 1; i < seen.length; i++) expect(seen[i].filesDone).toBeGreaterThan(seen[i - 1].filesDone);
    const last = seen.at(-1)!;
    expect(last.filesDone).toBe(11);
    expect(last.filesTotal).toBe(11);
    expect(last.bytesDone).toBe(last.bytesTotal);
  });

  it('stops between batches when cancelled, returning nothing', async () => {
    const controller = new AbortController();
    let batches = 0;
    const run = runImport(many(50), gazetteer, {
      batchSize: 5,
      signal: controller.signal,
      onProgress: () => { if (++batches === 3) controller.abort(); },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(batches).toBe(3);
  });

  it('imports the articles inside a zip; hostile text stays text', async () => {
    const hostile = '---\ntitle: <script>alert(1)</script>\nurl: javascript:alert(1)\npublished: 2023-07-01\n---\n\n<img src=x onerror=alert(1)> Officials in Odesa said the port was open.\n';
    const outcome = await runImport([sourceOf('set.zip', zipOf({ '../evil.md': hostile, 'one.md': generatedArticle(1, 'Lviv', '2023-07-02') }))], gazetteer);
    expect(outcome.dataset.articles.map((a) => a.id)).toEqual(['set.zip/evil', 'set.zip/one']);
    const evil = outcome.dataset.articles[0];
    expect(evil.title).toBe('<script>alert(1)</script>');
    expect(evil.url).toBeUndefined();
    expect(outcome.warnings).toContainEqual({ file: 'set.zip/evil.md', message: "url 'javascript:alert(1)' dropped (only http and https URLs are kept)" });
  });
});
