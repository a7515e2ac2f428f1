/** Browser-test helpers for adding articles in the page and reading what it shows. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { foreignRequests, waitForMapIdle, type TrackedPage } from '../e2e/harness';

export interface FilePayload { name: string; mimeType: string; buffer: Buffer }

/** Clicks "Add articles" and gives the file chooser these files (paths or in-memory files). */
export async function addArticles(page: Page, files: string[] | FilePayload[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add articles', exact: true }).click();
  await (await chooser).setFiles(files);
}

export async function openDatasetFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await (await chooser).setFiles(file);
}

export const importReport = (page: Page) => page.getByRole('region', { name: 'Import report' });

/** The accounting line of the import report, once the import is done. */
export async function accounting(page: Page): Promise<string> {
  const line = importReport(page).locator('.accounting');
  await line.waitFor({ timeout: 120_000 });
  return (await line.innerText()).trim();
}

/** Names in the place list. */
export async function listedPlaces(page: Page): Promise<string[]> {
  const names = await page.getByRole('navigation', { name: 'Places' }).getByRole('button').allInnerTexts();
  return names.map((n) => n.split('\n')[0].trim());
}

/** Whether the map draws a place's circle at its coordinates (after moving there). */
export async function mapShowsPlace(page: Page, placeId: string, lon: number, lat: number): Promise<boolean> {
  return page.evaluate(([id, lon, lat]) => new Promise<boolean>((resolve) => {
    const map = (window as any).placelineMap;
    map.jumpTo({ center: [lon, lat], zoom: 6 });
    map.once('idle', () => {
      const p = map.project([lon, lat]);
      const found = map.queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]], { layers: ['places-circle'] });
      resolve(found.some((f: any) => f.properties?.id === id || f.id === id));
    });
    map.triggerRepaint();
  }), [placeId, lon, lat] as const);
}

/** Collects main-thread long tasks from page load on, and when a file input last changed (install
 *  before navigating). */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as any;
    w.__longTasks = [];
    addEventListener('change', (event) => { if ((event.target as HTMLInputElement).type === 'file') w.__filesChosen = performance.now(); }, true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks that started in [from, to) (performance.now() times). */
export async function longTasksBetween(page: Page, from: number, to = Infinity): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(([t0, t1]) => (window as any).__longTasks.filter((x: { start: number }) => x.start >= t0 && x.start < t1), [from, to]);
}

export const now = (page: Page) => page.evaluate(() => performance.now());

/** The User Timing mark's time (the last one of that name). */
export const markTime = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime, name);

/** When the page last received chosen files (the file input's change event). */
export const filesChosenAt = (page: Page) => page.evaluate(() => (window as any).__filesChosen as number);

/** After a reload, the page keeps none of the user's articles, asked nothing of another origin and
 *  logged no error; closes the page. */
export async function expectNothingKeptAfterReload(tp: TrackedPage, origin: string): Promise<void> {
  await tp.page.reload();
  await waitForMapIdle(tp.page);
  await tp.page.getByRole('button', { name: 'My articles (0)' }).waitFor();
  expect(foreignRequests(tp.requests, origin)).toEqual([]);
  expect(tp.errors).toEqual([]);
  await tp.context.close();
}
