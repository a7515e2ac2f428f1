// Hostile files added in the page are handled as the CLI handles them: the same files are ingested
// or rejected with the same reasons and warnings, their text stays text, and nothing in them runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/ingest.ts';
import { seededRandom } from '../support/random';
import { accounting, addArticles, importReport } from '../support/importPage';
import { zipOf } from '../support/importFixtures';
import { ARTIFACTS, ROOT, foreignRequests, startSession, waitForMapIdle, type Session } from './harness';

const DIR = path.join(ARTIFACTS, 'import-hostile');
const PWN = (how: string) => `window.__pwned = '${how}'`;

/** Files that try to run code or break the reader, written to DIR. */
function writeHostileFiles(): string[] {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const random = seededRandom(7);
  const binary = Buffer.from(Array.from({ length: 2048 }, () => Math.floor(random() * 256)));
  binary[100] = 0;
  const files: Record<string, string | Buffer> = {
    'script-tags.md': `---\ntitle: "<script>${PWN('title')}</script> Odesa port"\npublished: 2023-07-01\nlanguage: en\n---\n\n<script>${PWN('body')}</script>\n\n<img src=x onerror="${PWN('img')}"> The port of Odesa reopened on Monday.\n`,
    'javascript-url.md': `---\ntitle: A link that runs\nurl: "javascript:${PWN('url')}"\nsource: <b onmouseover="${PWN('source')}">Source</b>\npublished: 2023-07-02\n---\n\nTrains from Lviv ran on time, officials in Lviv said.\n`,
    'page.html': `<!doctype html><html><head><title>Kharkiv page</title><script>${PWN('html')}</script><meta name="date" content="2023-07-03"></head><body onload="${PWN('onload')}"><article><h1>Kharkiv page</h1><p>Shelling hit Kharkiv overnight, the mayor of Kharkiv said. <a href="javascript:${PWN('link')}">more</a></p><iframe src="javascript:${PWN('iframe')}"></iframe></article></body></html>`,
    'one-line.txt': `${'Officials in Odesa said the grain corridor stays open and ships keep moving. '.repeat(26_000)}`,
    'fake.md': binary,
    'huge.md': Buffer.alloc(50_000_000, 'a'),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(DIR, name), content);
  return Object.keys(files).map((name) => path.join(DIR, name));
}

let session: Session;
let files: string[];

describe('hostile files (Chromium)', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    files = writeHostileFiles();
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('are ingested or rejected as the CLI does it, and nothing in them runs', async () => {
    let cliOut = '';
    const code = await runCli([DIR, '--out', path.join(ARTIFACTS, 'import-hostile-cli.json'), '--no-cache'], { out: (t) => (cliOut += `${t}\n`), err: (t) => (cliOut += `${t}\n`), cwd: ROOT });
    expect(code, cliOut).toBe(0);
    const cliLines = cliOut.split('\n');
    const cliAccounting = cliLines.find((l) => / files read = /.test(l))!;
    const cliRejected = cliLines.filter((l) => /^ {2}\S/.test(l) && cliLines.indexOf(l) < cliLines.findIndex((x) => x.startsWith('Warnings'))).map((l) => l.trim());

    const tp = await session.newPage();
    await tp.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(tp.page);
    await addArticles(tp.page, files);
    expect(await accounting(tp.page)).toBe(cliAccounting);
    expect(cliAccounting).toBe('6 files read = 4 ingested + 2 rejected');
    const report = importReport(tp.page);
    expect(await report.locator('.rejected li').allInnerTexts()).toEqual(cliRejected);
    await report.getByText(/^Warnings/).click();
    const pageWarnings = await report.locator('.warnings li').allInnerTexts();
    const cliWarnings = cliLines.slice(cliLines.findIndex((l) => l.startsWith('Warnings')) + 1).filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
    expect(pageWarnings).toEqual(cliWarnings);
    expect(pageWarnings.join('\n')).toContain("url 'javascript:window.__pwned = 'url'' dropped (only http and https URLs are kept)");

    // Text stays text: the title is shown as written, no element came from a file.
    const mine = tp.page.getByRole('region', { name: 'My articles' });
    await expect.poll(() => mine.innerText()).toContain(`<script>${PWN('title')}</script> Odesa port`);
    for (const place of ['Odesa', 'Lviv', 'Kharkiv']) {
      await tp.page.getByRole('combobox', { name: 'Search places' }).fill(place);
      await tp.page.getByRole('option').first().waitFor();
      await tp.page.keyboard.press('Enter');
      await tp.page.getByRole('complementary', { name: 'Excerpts' }).locator('article').first().waitFor();
    }
    const injected = await tp.page.evaluate(() => ({
      pwned: (window as any).__pwned ?? null,
      scripts: document.querySelectorAll('#app script, #app iframe, #app [onerror], #app [onload], #app [onmouseover]').length,
      jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
    }));
    expect(injected).toEqual({ pwned: null, scripts: 0, jsLinks: 0 });
    expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });

  it('keeps zip entry names inside the archive ("../" removed), rejecting nested archives', async () => {
    const zipFile = path.join(DIR, 'paths.zip');
    writeFileSync(zipFile, zipOf({
      '../escape.md': '---\npublished: 2023-07-04\n---\n\nThe mayor of Odesa spoke.\n',
      '../../etc/passwd.md': 'root:x:0:0 Lviv\n',
      'inner.zip': zipOf({ 'x.md': 'x' }),
    }));
    const tp = await session.newPage();
    await tp.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(tp.page);
    await addArticles(tp.page, [zipFile]);
    expect(await accounting(tp.page)).toBe('3 files read = 2 ingested + 1 rejected');
    expect(await importReport(tp.page).locator('.rejected li').allInnerTexts()).toEqual(['paths.zip/inner.zip: zip inside a zip (unzip it first)']);
    const titles = await tp.page.getByRole('region', { name: 'My articles' }).locator('.title').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(titles.sort()).toEqual(['paths.zip/escape.md', 'paths.zip/etc/passwd.md']);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });
});
