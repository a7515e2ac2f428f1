// Bringing your own articles in a real browser: add, see, search, keep across reloads, clear,
// export (GeoJSON, CSV, Dataset JSON) and open the export again, in the page and in the CLI.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOpenDataset } from '../../scripts/open-dataset.ts';
import { parseDataset } from '../../src/lib/dataset';
import { buildIndex } from '../../src/lib/index/index';
import { IMPORT_FIXTURES, THREE_ARTICLES } from '../support/importFixtures';
import { accounting, addArticles, expectNothingKeptAfterReload, importReport, listedPlaces, mapShowsPlace, openDatasetFile } from '../support/importPage';
import { servedDatasetJson } from '../support/fixtureData';
import { ARTIFACTS, ROOT, foreignRequests, startSession, waitForMapIdle, type Session, type TrackedPage } from './harness';

let session: Session;
const bundled = parseDataset(readFileSync(servedDatasetJson('seeds'), 'utf8'));
const FIXTURE_FILES = [...THREE_ARTICLES, 'noise.bin'].map((f) => path.join(IMPORT_FIXTURES, f));
const NEW_PLACES = { odesa: [30.7326, 46.4775], hamburg: [9.99302, 53.55073], lviv: [24.0232, 49.8383] } as const;
const sidebar = (tp: TrackedPage) => tp.page.getByRole('complementary', { name: 'Excerpts' });

async function open(): Promise<TrackedPage> {
  const tp = await session.newPage();
  await tp.page.goto(`${session.baseUrl}/`);
  await waitForMapIdle(tp.page);
  return tp;
}

async function download(tp: TrackedPage, label: string): Promise<string> {
  await tp.page.getByText('Export', { exact: true }).click();
  const pending = tp.page.waitForEvent('download');
  await tp.page.getByRole('button', { name: label }).click();
  const file = await pending;
  const target = path.join(ARTIFACTS, 'import-e2e', file.suggestedFilename());
  await file.saveAs(target);
  // the menu closes once its file is saved
  expect(await exportMenuOpen(tp)).toBe(false);
  return target;
}

const exportMenuOpen = (tp: TrackedPage) => tp.page.locator('details.export').evaluate((d) => (d as HTMLDetailsElement).open);

describe('bring your own articles (Chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    session = await startSession();
    mkdirSync(path.join(ARTIFACTS, 'import-e2e'), { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds three articles and a binary, shows their places, keeps them after a reload, and clears them', async () => {
    const tp = await open();
    const before = await listedPlaces(tp.page);
    await addArticles(tp.page, FIXTURE_FILES);
    expect(await accounting(tp.page)).toBe('4 files read = 3 ingested + 1 rejected');
    expect(await importReport(tp.page).getByRole('listitem').first().innerText()).toBe(
      'noise.bin: unsupported file type (.bin; supported: .md, .txt, .html, .htm)',
    );
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'import-report.png') });

    const places = await listedPlaces(tp.page);
    for (const name of ['Odesa', 'Mykolaiv', 'Hamburg', 'Warsaw', 'Lviv', 'Kharkiv']) expect(places).toContain(name);
    for (const [id, [lon, lat]] of Object.entries(NEW_PLACES)) expect(await mapShowsPlace(tp.page, id, lon, lat), id).toBe(true);

    // Search in Ukrainian, select, read the excerpts.
    await tp.page.getByRole('combobox', { name: 'Search places' }).fill('Львів');
    await tp.page.getByRole('option').first().waitFor();
    await tp.page.keyboard.press('Enter');
    await sidebar(tp).getByRole('heading', { name: 'Lviv', level: 2 }).waitFor();
    await sidebar(tp).locator('article').first().waitFor();
    expect(await sidebar(tp).locator('article mark').allInnerTexts()).toEqual(expect.arrayContaining(['Львів', 'Львові']));
    expect(await sidebar(tp).getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Львів приймає переселенців з Харкова']);

    await tp.page.reload();
    await waitForMapIdle(tp.page);
    await sidebar(tp).getByRole('heading', { name: 'Lviv', level: 2 }).waitFor();
    expect(await listedPlaces(tp.page)).toContain('Hamburg');
    await tp.page.getByRole('button', { name: 'My articles (3)' }).click();
    await tp.page.getByRole('button', { name: 'Clear my articles' }).click();
    await tp.page.getByRole('button', { name: 'My articles (0)' }).waitFor();
    const after = await listedPlaces(tp.page);
    for (const name of ['Odesa', 'Hamburg', 'Lviv', 'Warsaw']) expect(after).not.toContain(name);
    expect(new Set(after)).toEqual(new Set(before));
    await expectNothingKeptAfterReload(tp, session.baseUrl);
  });

  it('exports GeoJSON, CSV and Dataset JSON that open again in the page and the CLI', async () => {
    const tp = await open();
    await addArticles(tp.page, FIXTURE_FILES);
    await accounting(tp.page);

    // the menu closes on a click elsewhere and on Escape
    await tp.page.getByText('Export', { exact: true }).click();
    expect(await exportMenuOpen(tp)).toBe(true);
    await tp.page.getByRole('banner').click({ position: { x: 5, y: 5 } });
    expect(await exportMenuOpen(tp)).toBe(false);
    await tp.page.getByText('Export', { exact: true }).click();
    await tp.page.keyboard.press('Escape');
    expect(await exportMenuOpen(tp)).toBe(false);

    const geojsonFile = await download(tp, 'GeoJSON, one feature per place');
    const geojson = check(readFileSync(geojsonFile, 'utf8')) as GeoJSON.FeatureCollection;
    const csv = readFileSync(await download(tp, 'CSV, one row per mention'), 'utf8').replace(/^\uFEFF/, '');
    const datasetFile = await download(tp, 'Dataset JSON');
    const exported = parseDataset(readFileSync(datasetFile, 'utf8'), datasetFile);

    // Everything shown: the bundled articles and the three added ones; counts per place as indexed.
    expect(exported.articles).toHaveLength(bundled.articles.length + 3);
    const index = buildIndex(exported);
    const counts = index.counts({ range: {}, basis: 'published', includeUndated: true });
    const expected = Object.fromEntries(exported.places.map((p, i) => [p.id, counts[i]] as const).filter(([, n]) => n > 0));
    expect(Object.fromEntries(geojson.features.map((f) => [f.properties!.id, f.properties!.mentions]))).toEqual(expected);
    expect(csv.split('\r\n')[0]).toBe('article,title,source,url,published,event_date,language,place,place_name,kind,lon,lat,mention,excerpt,start,end');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(exported.mentions.length + 1);

    // A date range and a selected place narrow the view's exports.
    await tp.page.getByLabel('From').fill('2023-07-11');
    await tp.page.getByRole('combobox', { name: 'Search places' }).fill('Warsaw');
    await tp.page.getByRole('option').first().waitFor();
    await tp.page.keyboard.press('Enter');
    const narrowed = check(readFileSync(await download(tp, 'GeoJSON, one feature per mention'), 'utf8')) as GeoJSON.FeatureCollection;
    expect(narrowed.features.map((f) => [f.properties!.place, f.properties!.mention, f.properties!.published])).toEqual([
      ['warsaw', 'Warschau', '2023-07-12'], ['warsaw', 'Warschau', '2023-07-12'],
    ]);

    // The CLI reads the export back.
    let out = '';
    const code = runOpenDataset([datasetFile, '--out', path.join(ARTIFACTS, 'import-e2e', 'cli-dataset.json')], { out: (t) => (out += t), err: (t) => (out += t), cwd: ROOT });
    expect(code, out).toBe(0);

    // The page reads it back: the added articles return; the bundled ones are already there.
    await tp.page.getByRole('button', { name: 'My articles (3)' }).click();
    await tp.page.getByRole('button', { name: 'Clear my articles' }).click();
    await tp.page.getByRole('button', { name: 'My articles (0)' }).waitFor();
    await openDatasetFile(tp.page, datasetFile);
    expect(await accounting(tp.page)).toBe(`${bundled.articles.length + 3} articles read = 3 added + ${bundled.articles.length} rejected`);
    await tp.page.getByRole('button', { name: 'My articles (3)' }).waitFor();
    expect(await listedPlaces(tp.page)).toEqual(expect.arrayContaining(['Odesa', 'Hamburg', 'Lviv']));

    expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });

  it('adds a folder through "Add folder", and files dropped on the page', async () => {
    const tp = await open();
    const chooser = tp.page.waitForEvent('filechooser');
    await tp.page.getByRole('button', { name: 'Add folder' }).click();
    await (await chooser).setFiles(IMPORT_FIXTURES);
    expect(await accounting(tp.page)).toBe('4 files read = 3 ingested + 1 rejected');
    expect(await importReport(tp.page).locator('.rejected li').allInnerTexts()).toEqual([
      'import/noise.bin: unsupported file type (.bin; supported: .md, .txt, .html, .htm)',
    ]);
    await tp.page.getByRole('button', { name: 'Dismiss report' }).click();

    // A drop anywhere on the page (here on the map) adds the dropped files.
    const text = readFileSync(path.join(IMPORT_FIXTURES, 'odesa-grain.md'), 'utf8').replace('title: Grain ships', 'title: Dropped grain ships');
    await tp.page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.md', { type: 'text/markdown' }));
      const target = document.querySelector('.maplibregl-canvas')!;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    expect(await accounting(tp.page)).toBe('1 file read = 1 ingested + 0 rejected');
    await tp.page.getByRole('button', { name: 'My articles (4)' }).waitFor();
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });

  it('hides and shows the bundled articles, and removes one article', async () => {
    const tp = await open();
    await addArticles(tp.page, FIXTURE_FILES);
    await accounting(tp.page);
    await tp.page.getByLabel(/Show the bundled articles/).uncheck();
    await expect.poll(() => listedPlaces(tp.page)).not.toContain('Kherson');
    expect(await listedPlaces(tp.page)).toContain('Odesa');
    await tp.page.getByRole('button', { name: 'Remove Grain ships leave Odesa as Mykolaiv waits' }).click();
    await expect.poll(() => listedPlaces(tp.page)).not.toContain('Odesa');
    await tp.page.reload();
    await waitForMapIdle(tp.page);
    const places = await listedPlaces(tp.page);
    expect(places).not.toContain('Kherson');
    expect(places).toEqual(expect.arrayContaining(['Hamburg', 'Lviv']));
    await tp.page.getByRole('button', { name: 'My articles (2)' }).click();
    await tp.page.getByLabel(/Show the bundled articles/).check();
    await expect.poll(() => listedPlaces(tp.page)).toContain('Kherson');
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });
});
