// Issue 8 in Chromium: a map for any corpus (a US news corpus without a story), the default story's
// time-aware overlays, and a story whose overlay file is missing. Corpora are fixtures, ingested here
// into test-results/ and served in place of the build's data/.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../scripts/ingest';
import { ARTIFACTS, ROOT, foreignRequests, startSession, waitForMapIdle, type Session, type TrackedPage } from './harness';
import type { Page } from 'playwright-core';

let session: Session;
// Each page load renders a world map in software (SwiftShader): seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

/** Ingests a fixture corpus into test-results/corpus-<name>/data (the layout the app reads) and returns that directory. */
async function ingestFixture(name: string): Promise<string> {
  const dataDir = path.join(ARTIFACTS, `corpus-${name}`, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const out: string[] = [];
  const status = await runCli([path.join(ROOT, 'tests/fixtures', name), '--out', dataDir, '--no-cache'], { out: (t) => out.push(t), err: (t) => out.push(t), cwd: ROOT });
  if (status !== 0) throw new Error(`ingest of tests/fixtures/${name} failed:\n${out.join('\n')}`);
  return dataDir;
}

async function open(hash: string, dataDir?: string): Promise<TrackedPage> {
  const tp = await session.newPage({ dataDir });
  await tp.page.goto(`${session.baseUrl}/${hash}`);
  await waitForMapIdle(tp.page);
  return tp;
}

/** Ids of the features rendered at a position in the given layers. */
const idsAt = (page: Page, lonLat: [number, number], layers: string[]) =>
  page.evaluate(({ lonLat, layers }) => {
    const map = (window as any).placelineMap;
    const present = layers.filter((l: string) => map.getLayer(l));
    const p = map.project(lonLat);
    return [...new Set(map.queryRenderedFeatures([p.x, p.y], { layers: present }).map((f: any) => String(f.id ?? f.properties?.id)))].sort();
  }, { lonLat, layers });

const renderedIds = (page: Page, layers: string[]) =>
  page.evaluate((layers) => [...new Set((window as any).placelineMap.queryRenderedFeatures({ layers }).map((f: any) => String(f.id)))].sort(), layers);

const MELITOPOL: [number, number] = [35.3653, 46.8489];
const SIMFEROPOL: [number, number] = [34.1008, 44.9521];

describe('issue 8: a map for any corpus (Chromium)', () => {
  let usData: string;
  beforeAll(async () => {
    usData = await ingestFixture('us-news');
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  describe('a US news corpus without a story', () => {
    let tp: TrackedPage;
    beforeAll(async () => {
      tp = await open('', usData);
    });

    it('takes its title and heading from the corpus, not from code', async () => {
      expect(await tp.page.title()).toMatch(/^us-news/);
      const heading = await tp.page.getByRole('heading', { level: 1 }).innerText();
      expect(heading).toBe('us-news');
      const tagline = await tp.page.locator('.tagline').innerText();
      expect(tagline).toContain('4 articles');
      expect(tagline).toMatch(/3\s–\s9 Mar 2025/);
      expect(await tp.page.content()).not.toMatch(/Kherson/);
      await tp.page.screenshot({ path: path.join(ARTIFACTS, 'story-us-news.png') });
    });

    it('opens on a view that holds the mentioned places', async () => {
      const outside = await tp.page.evaluate(async () => {
        const map = (window as any).placelineMap;
        const manifest = await (await fetch('/data/manifest.json')).json();
        const places = await (await fetch(`/data/${manifest.files.places.path}`)).json();
        const bounds = map.getBounds();
        return places.filter((p: any) => p.kind !== 'country' && !bounds.contains([p.lon, p.lat])).map((p: any) => p.id);
      });
      expect(outside).toEqual([]);
      expect(await tp.page.evaluate(() => (window as any).placelineMap.getZoom())).toBeGreaterThan(2.5);
    });

    it('draws land and a country at a US city, not empty sea', async () => {
      const chicago: [number, number] = [-87.65, 41.85];
      expect((await idsAt(tp.page, chicago, ['world-land-110m', 'world-land-50m'])).length).toBeGreaterThan(0);
      const countries = await tp.page.evaluate((lonLat) => {
        const map = (window as any).placelineMap;
        const p = map.project(lonLat);
        return map.queryRenderedFeatures([p.x, p.y], { layers: ['world-countries-110m', 'world-countries-50m'].filter((l) => map.getLayer(l)) }).map((f: any) => f.properties.name);
      }, chicago);
      expect(countries.join()).toMatch(/United States/);
    });

    it('"Fit to data" returns to the data after panning away, and #place= opens on that place', async () => {
      await tp.page.evaluate(() => (window as any).placelineMap.jumpTo({ center: [100, 10], zoom: 5 }));
      await tp.page.getByRole('button', { name: 'Fit to data' }).click();
      await waitForMapIdle(tp.page);
      await expect.poll(() => tp.page.evaluate(() => (window as any).placelineMap.getBounds().contains([-87.65, 41.85]))).toBe(true);

      const placed = await open('#place=houston', usData);
      await expect.poll(() => placed.page.evaluate(() => {
        const c = (window as any).placelineMap.getCenter();
        return Math.hypot(c.lng + 95.36, c.lat - 29.76) < 1;
      }), { timeout: 15_000 }).toBe(true);
      await placed.context.close();
    });

    it('makes no request beyond its own origin and logs no console error', () => {
      expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
      expect(tp.errors).toEqual([]);
    });
  });

  describe('the default story as of a date', () => {
    it('#to=2022-06-30: no 2022 annexation claim at Melitopol, the 2014 claim at Simferopol; the legend says as of', async () => {
      const tp = await open('#to=2022-06-30');
      await tp.page.evaluate(({ a, b }) => (window as any).placelineMap.fitBounds([a, b], { padding: 80, animate: false }), { a: SIMFEROPOL, b: MELITOPOL });
      await waitForMapIdle(tp.page);
      expect(await idsAt(tp.page, MELITOPOL, ['annexed-oblasts-fill', 'annexed-oblasts-hatch', 'annexed-oblasts-outline'])).toEqual([]);
      expect(await idsAt(tp.page, SIMFEROPOL, ['annexed-oblasts-fill'])).toEqual(['crimea']);
      expect(await renderedIds(tp.page, ['annexed-oblasts-fill'])).toEqual(['crimea', 'sevastopol']);
      expect(await tp.page.locator('.legend').innerText()).toContain('as of 30 Jun 2022');
      await tp.page.screenshot({ path: path.join(ARTIFACTS, 'story-default-2022-06-30.png') });

      // And with all dates (as of today) the 2022 claim is drawn there.
      await tp.page.evaluate(() => { location.hash = ''; });
      await waitForMapIdle(tp.page);
      await expect.poll(() => idsAt(tp.page, MELITOPOL, ['annexed-oblasts-fill'])).toEqual(['zaporizhzhia-oblast']);
      await tp.context.close();
    });

    it('#from=2023-06-07: the dam renders as destroyed; before 6 Jun 2023 it is drawn intact', async () => {
      const after = await open('#from=2023-06-07');
      expect(await renderedIds(after.page, ['kakhovka-dam-ended'])).toEqual(['kakhovka-dam']);
      expect(await renderedIds(after.page, ['kakhovka-dam-line'])).toEqual(['kakhovka-dam']);
      await after.context.close();

      const before = await open('#to=2023-06-05');
      expect(await renderedIds(before.page, ['kakhovka-dam-ended'])).toEqual([]);
      expect(await renderedIds(before.page, ['kakhovka-dam-line'])).toEqual(['kakhovka-dam']);
      expect(await before.page.evaluate(() => (window as any).placelineMap.getPaintProperty('kakhovka-dam-line', 'line-dasharray'))).toBeTruthy();
      await before.context.close();
    });

    it('a city not yet retaken says so in its facts panel', async () => {
      const tp = await open('#place=kherson&to=2022-11-01');
      const info = tp.page.getByRole('region', { name: 'Kherson' }).filter({ hasText: 'retaken' });
      await info.waitFor({ timeout: 10_000 });
      expect(await info.innerText()).toContain('Not yet retaken by Ukraine');
      await tp.context.close();

      const later = await open('#place=kherson&to=2022-11-30');
      const retaken = later.page.getByRole('region', { name: 'Kherson' }).filter({ hasText: 'Retaken by Ukraine' });
      await retaken.waitFor({ timeout: 10_000 });
      expect(await retaken.innerText()).toContain('11 Nov 2022');
      await later.context.close();
    });
  });

  describe('a story with a missing overlay file', () => {
    it('names the missing overlay in a visible message; the other overlay, the legend and the sidebar work', async () => {
      const tp = await open('', await ingestFixture('story-missing-overlay'));
      const alert = tp.page.getByRole('alert').filter({ hasText: 'Flood zones' });
      await alert.waitFor();
      expect(await alert.isVisible()).toBe(true);
      expect(await alert.innerText()).toContain('overlays/flood-zones.geojson');
      expect(await tp.page.getByRole('heading', { level: 1 }).innerText()).toBe('Transit corridors of the Northeast');
      expect(await renderedIds(tp.page, ['rail-corridor-line'])).toEqual(['northeast-corridor']);
      expect(await tp.page.getByRole('checkbox', { name: 'Rail corridor' }).isChecked()).toBe(true);

      await tp.page.getByRole('combobox', { name: 'Search places' }).fill('New York');
      await tp.page.getByRole('option').first().click();
      const excerpts = tp.page.getByRole('complementary', { name: 'Excerpts' }).getByRole('article');
      await excerpts.first().waitFor();
      expect(await excerpts.count()).toBeGreaterThan(0);
      expect(await excerpts.first().locator('mark').first().innerText()).toBe('New York');
      await tp.page.screenshot({ path: path.join(ARTIFACTS, 'story-missing-overlay.png') });
      // The browser logs the missing file's 404 itself; nothing else may go wrong.
      expect(tp.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
      await tp.context.close();
    });
  });
});
