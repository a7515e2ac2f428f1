// Exploring the default corpus in a real browser: selection, search, date filter, URL state,
// keyboard use, accessibility and the narrow layout.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from './axe';
import { ARTIFACTS, ROOT, foreignRequests, startSession, waitForMapIdle, type Session, type TrackedPage } from './harness';
import { parseDataset } from '../../src/lib/dataset';
import { parseManifest } from '../../src/lib/store/index';
import { exportDatasetJson } from '../../scripts/ingest/exportJson';
import { servedDataDir } from '../support/fixtureData';

/** The dataset the page loads (the seed fixture's layout, served at /data/), as one Dataset. */
const DATA_DIR = servedDataDir('seeds');
const manifest = parseManifest(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8'));
const exportDir = mkdtempSync(path.join(tmpdir(), 'placeline-e2e-'));
await exportDatasetJson(DATA_DIR, path.join(exportDir, 'dataset.json'));
const datasetJson = readFileSync(path.join(exportDir, 'dataset.json'), 'utf8');
rmSync(exportDir, { recursive: true, force: true });
const dataset = parseDataset(datasetJson);
const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
const INDONESIAN = dataset.articles.find((a) => a.language === 'id')!;
const NOVA_KAKHOVKA_ARTICLE = dataset.articles.find((a) => a.published === '2022-11-15')!;

let session: Session;

async function open(hash = '', size?: { width: number; height: number }): Promise<TrackedPage> {
  const tp = await session.newPage(size);
  await tp.page.goto(`${session.baseUrl}/${hash}`);
  await waitForMapIdle(tp.page);
  return tp;
}

const sidebar = (tp: TrackedPage) => tp.page.getByRole('complementary', { name: 'Excerpts' });

/** Titles of the article groups shown in the sidebar, and the excerpts' texts. */
async function shown(tp: TrackedPage) {
  const side = sidebar(tp);
  // The excerpt list is virtualised: rows appear once it has measured its viewport, and their
  // marks once the text shard has arrived.
  await side.locator('article mark').first().waitFor();
  return {
    heading: (await side.getByRole('heading', { level: 2 }).first().innerText()).trim(),
    excerpts: await side.locator('article').allInnerTexts(),
    marks: await side.locator('article mark').allInnerTexts(),
    langs: await side.locator('article').evaluateAll((els) => els.map((e) => e.getAttribute('lang'))),
  };
}

describe('explore (Chromium)', () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('clicking Nova Kakhovka on the map shows the excerpt from the 15 November article', async () => {
    const tp = await open();
    const point = await tp.page.evaluate(() => {
      const map = (window as any).placelineMap;
      const [lon, lat] = map.getSource('nova-kakhovka').serialize().data.features[0].geometry.coordinates;
      map.jumpTo({ center: [lon, lat], zoom: 8 });
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    });
    await waitForMapIdle(tp.page);
    const box = await tp.page.locator('.maplibregl-canvas').boundingBox();
    await tp.page.mouse.click(box!.x + point.x, box!.y + point.y);
    await sidebar(tp).getByRole('heading', { name: 'Nova Kakhovka', level: 2 }).waitFor();
    const { excerpts, marks } = await shown(tp);
    expect(excerpts.length).toBeGreaterThan(0);
    expect(marks.some((m) => /Nova Kakhovka/i.test(m))).toBe(true);
    // The 15 November article is listed, newest first, with its date.
    const groupTitles = await sidebar(tp).getByRole('heading', { level: 3 }).allInnerTexts();
    expect(groupTitles[0]).toBe(NOVA_KAKHOVKA_ARTICLE.title);
    await expect(sidebar(tp).getByText('15 Nov 2022').first().isVisible()).resolves.toBe(true);
    expect(tp.page.url()).toContain('place=nova-kakhovka');
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'explore-nova-kakhovka.png') });
    expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });

  it('searching "Херсон" finds Kherson city and Enter selects it', async () => {
    const tp = await open();
    const box = tp.page.getByRole('combobox', { name: 'Search places' });
    await box.fill('Херсон');
    const first = tp.page.getByRole('option').first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/^Kherson\b/);
    expect(await first.innerText()).toMatch(/city/);
    await box.press('Enter');
    await sidebar(tp).getByRole('heading', { name: 'Kherson', exact: true, level: 2 }).waitFor();
    const { marks } = await shown(tp);
    expect(marks.length).toBeGreaterThan(3);
    expect(tp.page.url()).toContain('place=kherson');
    expect(tp.page.url()).not.toContain('place=kherson-oblast');
    await tp.context.close();
  });

  it('From/To 2022-11-01 – 2022-11-05 leaves only the Indonesian article’s excerpts', async () => {
    const tp = await open('#place=kherson');
    await tp.page.getByLabel('From', { exact: true }).fill('2022-11-01');
    await tp.page.getByLabel('To', { exact: true }).fill('2022-11-05');
    await expect.poll(() => tp.page.url()).toContain('to=2022-11-05');
    const { excerpts, langs } = await shown(tp);
    expect(excerpts.length).toBeGreaterThan(0);
    expect(new Set(langs)).toEqual(new Set(['id']));
    const titles = await sidebar(tp).getByRole('heading', { level: 3 }).allInnerTexts();
    expect(titles).toEqual([INDONESIAN.title]);
    // The place list's counts follow the range too: only places the Indonesian article names count.
    const inRange = new Set(dataset.mentions.filter((m) => m.article === INDONESIAN.id).map((m) => m.place));
    const list = tp.page.getByRole('navigation', { name: 'Places' });
    const dnipro = dataset.places.find((p) => p.id === 'dnipro')!;
    if (!inRange.has('dnipro')) expect(await list.getByRole('button', { name: new RegExp(dnipro.name) }).first().innerText()).toMatch(/\b0\b/);
    await tp.context.close();
  });

  it('a URL with place and range restores the same state', async () => {
    const tp = await open('#place=kherson&from=2022-11-01&to=2022-11-05');
    expect(await tp.page.getByLabel('From', { exact: true }).inputValue()).toBe('2022-11-01');
    expect(await tp.page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-11-05');
    const { heading, langs } = await shown(tp);
    expect(heading).toBe('Kherson');
    expect(new Set(langs)).toEqual(new Set(['id']));
    const selected = await tp.page.evaluate(() => (window as any).placelineMap.getFeatureState({ source: 'kherson', id: 'kherson' }).selected);
    expect(selected).toBe(true);
    await tp.context.close();
  });

  it('a URL with an unknown place or a bad date shows a notice and restores the rest', async () => {
    const tp = await open('#place=atlantis&from=2022-02-30&to=2022-11-10');
    const notice = tp.page.getByRole('status').filter({ hasText: 'atlantis' });
    await notice.waitFor();
    expect(await tp.page.getByRole('status').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/2022-02-30/)]));
    expect(await tp.page.getByLabel('To', { exact: true }).inputValue()).toBe('2022-11-10');
    expect(await tp.page.getByLabel('From', { exact: true }).inputValue()).toBe('');
    await tp.context.close();
  });

  it('back and forward move through selections', async () => {
    const tp = await open();
    const box = tp.page.getByRole('combobox', { name: 'Search places' });
    for (const q of ['Nova Kakhovka', 'Херсон']) {
      await box.fill(q);
      await tp.page.getByRole('option').first().waitFor();
      await box.press('Enter');
    }
    await sidebar(tp).getByRole('heading', { name: 'Kherson', exact: true, level: 2 }).waitFor();
    await tp.page.goBack();
    await sidebar(tp).getByRole('heading', { name: 'Nova Kakhovka', level: 2 }).waitFor();
    await tp.page.goForward();
    await sidebar(tp).getByRole('heading', { name: 'Kherson', exact: true, level: 2 }).waitFor();
    await tp.context.close();
  });

  it('selects a place with the keyboard alone', async () => {
    const tp = await open();
    // Tab from the top of the page to the search box, type, pick with the arrow keys and Enter.
    await tp.page.keyboard.press('Tab');
    for (let i = 0; i < 10; i++) {
      const role = await tp.page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'combobox') break;
      await tp.page.keyboard.press('Tab');
    }
    expect(await tp.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search places');
    await tp.page.keyboard.type('dnipr');
    await tp.page.getByRole('option').first().waitFor();
    await tp.page.keyboard.press('ArrowDown');
    const active = await tp.page.evaluate(() => document.getElementById(document.activeElement!.getAttribute('aria-activedescendant')!)?.textContent);
    expect(active).toBeTruthy();
    await tp.page.keyboard.press('Enter');
    const heading = await sidebar(tp).getByRole('heading', { level: 2 }).first().innerText();
    expect(heading).toMatch(/Dnipro/);
    expect((await shown(tp)).excerpts.length).toBeGreaterThan(0);
    // The reader view opens from the keyboard too, and its mentions are buttons.
    await sidebar(tp).getByRole('button', { name: /Read the article/ }).first().focus();
    await tp.page.keyboard.press('Enter');
    const mentionButtons = sidebar(tp).locator('mark button');
    expect(await mentionButtons.count()).toBeGreaterThan(0);
    await tp.context.close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const tp = await open('#place=kherson-oblast');
    const results = await new AxeBuilder(tp.page).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await tp.context.close();
  });

  it('works at 375 px wide: the sidebar becomes a bottom sheet', async () => {
    const tp = await open('#place=kherson', { width: 375, height: 740 });
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'explore-375.png') });
    const handle = tp.page.getByRole('button', { name: /excerpts/i });
    expect(await handle.isVisible()).toBe(true);
    const side = await sidebar(tp).boundingBox();
    expect(side!.width).toBeLessThanOrEqual(375);
    const scrollWidth = await tp.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    if ((await handle.getAttribute('aria-expanded')) !== 'true') await handle.click();
    await sidebar(tp).locator('article').first().waitFor({ state: 'visible' });
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'explore-375-sheet.png') });
    await tp.context.close();
  });

  /** A page that finds no layout (manifest.json missing) and so reads data/dataset.json. */
  async function singleFilePage(body: { status?: number; body: string }) {
    const tp = await session.newPage();
    await tp.page.route('**/data/manifest.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await tp.page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', ...body }));
    await tp.page.goto(`${session.baseUrl}/`);
    return tp;
  }

  it('without a layout the page reads the single-file dataset.json', async () => {
    const tp = await singleFilePage({ body: datasetJson });
    await waitForMapIdle(tp.page);
    await tp.page.goto(`${session.baseUrl}/#place=nova-kakhovka`);
    const { marks } = await shown(tp);
    expect(marks.some((m) => /Nova Kakhovka/i.test(m))).toBe(true);
    expect(tp.requests.some((u) => u.includes('/texts/'))).toBe(false);
    await tp.context.close();
  });

  it('a truncated dataset.json shows which file is wrong instead of a blank page', async () => {
    const tp = await singleFilePage({ body: datasetJson.slice(0, Math.floor(datasetJson.length / 2)) });
    const alert = tp.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/data\/dataset\.json: not valid JSON/);
    await tp.context.close();
  });

  it('a missing dataset says how to create it', async () => {
    const tp = await singleFilePage({ status: 404, body: 'not found' });
    const alert = tp.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/data\/dataset\.json: missing \(HTTP 404\), and no data\/manifest\.json either\. Run `npm run ingest`/);
    await tp.context.close();
  });

  it('a dataset that fails its schema names the field', async () => {
    const tp = await singleFilePage({ body: JSON.stringify({ version: 1, articles: [{ id: 'x' }], places: [], mentions: [], rejected: [] }) });
    const alert = tp.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/data\/dataset\.json: does not match the dataset schema — articles\.0\./);
    await tp.context.close();
  });

  it('the layout loads texts only when an excerpt needs them', async () => {
    const tp = await open();
    expect(tp.requests.some((u) => u.endsWith('/data/manifest.json'))).toBe(true);
    expect(tp.requests.some((u) => u.includes(`/data/${manifest.files.mentions.path}`))).toBe(true);
    expect(tp.requests.some((u) => u.includes('/data/texts/'))).toBe(false);
    await tp.page.getByRole('button', { name: /^Kherson\b/ }).first().click();
    await shown(tp);
    expect(tp.requests.some((u) => u.includes('/data/texts/'))).toBe(true);
    await tp.context.close();
  });

  it('a damaged mention file is named; a damaged text shard is named in its excerpts and the rest still works', async () => {
    const broken = await session.newPage();
    await broken.page.route(`**/data/${manifest.files.mentions.path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.body()).subarray(0, 100) });
    });
    await broken.page.goto(`${session.baseUrl}/`);
    await broken.page.getByRole('alert').waitFor();
    expect(await broken.page.getByRole('alert').innerText()).toContain(`data/${manifest.files.mentions.path}: 100 bytes, the manifest says`);
    await broken.context.close();

    const tp = await session.newPage();
    await tp.page.route('**/data/texts/*.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.body()).subarray(0, 50) });
    });
    await tp.page.goto(`${session.baseUrl}/#place=kherson`);
    await waitForMapIdle(tp.page);
    const problem = sidebar(tp).getByRole('alert').first();
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/cannot be shown: data\/texts\/[0-9a-f]{16}\.json: 50 bytes, the manifest says \d+/);
    // The map, the list of places and the counts are all there.
    expect(await tp.page.getByRole('button', { name: /^Kherson\b/ }).count()).toBeGreaterThan(0);
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'explore-broken-shard.png') });
    await tp.context.close();
  }, 90_000); // two page loads

  it('every excerpt shown is traceable to its article text', () => {
    // The dataset the page loads: each mention's offsets point at its name inside its sentence.
    for (const m of dataset.mentions) {
      const a = articleById.get(m.article)!;
      expect(a.text.slice(m.sentence[0], m.sentence[1])).toContain(a.text.slice(m.start, m.end));
    }
  });
});
