// The map in a real browser: Debian's Chromium against `vite preview` of the production build.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, foreignRequests, startSession, waitForMapIdle, type Session, type TrackedPage } from './harness';

const LAYERS: Record<string, string[]> = {
  dnipro: ['dnipro-line'],
  kherson: ['kherson-circle'],
  'nova-kakhovka': ['nova-kakhovka-circle'],
  'kakhovka-dam': ['kakhovka-dam-line'],
  'annexed-oblasts': ['annexed-oblasts-fill'],
};
const LEGEND: Record<string, string> = {
  dnipro: 'Dnipro',
  kherson: 'Kherson',
  'nova-kakhovka': 'Nova Kakhovka',
  'kakhovka-dam': 'Kakhovka Dam',
  'annexed-oblasts': 'Annexed oblasts',
};

let session: Session;
let tp: TrackedPage;

/** Distinct feature ids rendered in the whole viewport for the given layers. */
const renderedIds = (layers: string[]) =>
  tp.page.evaluate((layers) => {
    const map = (window as any).placelineMap;
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f: any) => String(f.id)))].sort();
  }, layers);

describe('map (Chromium)', () => {
  beforeAll(async () => {
    session = await startSession();
    tp = await session.newPage();
    await tp.page.goto(session.baseUrl + '/');
    await waitForMapIdle(tp.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a missing or broken basemap file is reported by name instead of a blank map', async () => {
    const broken = await session.newPage();
    await broken.page.route('**/assets/basemap-water-*.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await broken.page.route('**/assets/basemap-cities-*.geojson', (route) => route.fulfill({ contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}' }));
    await broken.page.goto(session.baseUrl + '/');
    const alert = broken.page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toMatch(/geo\/basemap-water\.geojson: could not be loaded \(HTTP 404\)/);
    expect(text).toMatch(/geo\/basemap-cities\.geojson/);
    await broken.context.close();
  });

  it('a broken story overlay is reported by name in the legend; the other overlays are drawn', async () => {
    const broken = await session.newPage();
    await broken.page.route('**/data/overlays/kherson.geojson', (route) => route.fulfill({ contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}' }));
    await broken.page.goto(session.baseUrl + '/');
    const alert = broken.page.getByRole('alert').filter({ hasText: 'Kherson city' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/overlays\/kherson\.geojson: feature 0 has no id/);
    await waitForMapIdle(broken.page);
    expect(await broken.page.evaluate(() => (window as any).placelineMap.getLayer('kherson-circle'))).toBeUndefined();
    expect((await broken.page.evaluate(() => (window as any).placelineMap.queryRenderedFeatures({ layers: ['dnipro-line'] }).length))).toBeGreaterThan(0);
    await broken.context.close();
  }, 90_000);

  it('reaches idle and shows features of each of the five layers at the initial view', async () => {
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'map-initial.png') });
    expect(await renderedIds(LAYERS.dnipro)).toEqual(['dnipro']);
    expect(await renderedIds(LAYERS.kherson)).toEqual(['kherson']);
    expect(await renderedIds(LAYERS['nova-kakhovka'])).toEqual(['nova-kakhovka']);
    expect(await renderedIds(LAYERS['kakhovka-dam'])).toEqual(['kakhovka-dam']);
    expect(await renderedIds(LAYERS['annexed-oblasts'])).toEqual(
      ['crimea', 'donetsk-oblast', 'kherson-oblast', 'luhansk-oblast', 'sevastopol', 'zaporizhzhia-oblast'],
    );
  });

  it('draws labels from the bundled font, with no glyph or tile server', async () => {
    const labels = await tp.page.evaluate(() =>
      (window as any).placelineMap.queryRenderedFeatures({ layers: ['kherson-label', 'basemap-cities-label'] }).length);
    expect(labels).toBeGreaterThan(3);
    const style = await tp.page.evaluate(() => (window as any).placelineMap.getStyle());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  for (const [name, label] of Object.entries(LEGEND)) {
    it(`legend checkbox "${label}" hides and shows its layer`, async () => {
      const box = tp.page.getByRole('checkbox', { name: label, exact: false }).first();
      await expect(box.isChecked()).resolves.toBe(true);
      await box.uncheck();
      await waitForMapIdle(tp.page);
      expect(await renderedIds(LAYERS[name])).toEqual([]);
      expect(await tp.page.evaluate((l) => (window as any).placelineMap.getLayoutProperty(l, 'visibility'), LAYERS[name][0])).toBe('none');
      await box.check();
      await waitForMapIdle(tp.page);
      expect((await renderedIds(LAYERS[name])).length).toBeGreaterThan(0);
    });
  }

  it('clicking the dam selects it and shows its name and dates', async () => {
    const point = await tp.page.evaluate(() => {
      const map = (window as any).placelineMap;
      map.jumpTo({ center: [33.37, 46.777], zoom: 10 });
      const p = map.project([33.37, 46.777]);
      return { x: p.x, y: p.y };
    });
    await waitForMapIdle(tp.page);
    const box = await tp.page.locator('.maplibregl-canvas').boundingBox();
    await tp.page.mouse.click(box!.x + point.x, box!.y + point.y);
    const info = tp.page.getByRole('region', { name: 'Kakhovka Dam' });
    await info.waitFor({ timeout: 10_000 });
    const text = await info.innerText();
    expect(text).toContain('1956');
    expect(text).toContain('6 Jun 2023');
    const selected = await tp.page.evaluate(() =>
      (window as any).placelineMap.getFeatureState({ source: 'kakhovka-dam', id: 'kakhovka-dam' }).selected);
    expect(selected).toBe(true);
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'map-dam-selected.png') });
  });

  it('fills the window and follows a resize', async () => {
    const size = async () => tp.page.evaluate(() => {
      const c = (window as any).placelineMap.getCanvas() as HTMLCanvasElement;
      return { canvas: c.clientWidth, page: document.documentElement.clientWidth, scroll: document.documentElement.scrollHeight, height: innerHeight };
    });
    const before = await size();
    expect(before.scroll).toBeLessThanOrEqual(before.height);
    await tp.page.setViewportSize({ width: 1100, height: 760 });
    await expect.poll(async () => (await size()).canvas, { timeout: 15_000 }).toBeLessThan(before.canvas);
    const after = await size();
    expect(after.scroll).toBeLessThanOrEqual(760);
    await tp.page.setViewportSize({ width: 1440, height: 900 });
    await waitForMapIdle(tp.page);
  });

  it('makes no request beyond its own origin and logs no console error', () => {
    expect(tp.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
    expect(tp.errors).toEqual([]);
  });
});
