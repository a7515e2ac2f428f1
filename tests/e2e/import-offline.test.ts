// Offline once loaded: after a first visit the service worker serves the app, its data and fonts
// with the network off, articles can still be added, and the page is an installable app.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, THREE_ARTICLES } from '../support/importFixtures';
import { accounting, addArticles, listedPlaces } from '../support/importPage';
import { ARTIFACTS, foreignRequests, startSession, waitForMapIdle, type Session } from './harness';

let session: Session;

describe('offline (Chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads from the cache and imports with the network off', async () => {
    const tp = await session.newPage();
    await tp.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(tp.page);
    // The first visit installs the service worker, which caches the build; wait until it controls the page.
    await tp.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await tp.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await tp.context.setOffline(true);
    const failed: string[] = [];
    tp.page.on('requestfailed', (r) => failed.push(r.url()));
    await tp.page.reload();
    await waitForMapIdle(tp.page);
    expect(await listedPlaces(tp.page)).toContain('Kherson');
    // Fonts come from the cache too: the page's text is drawn in Noto Sans.
    expect(await tp.page.evaluate(() => document.fonts.check('16px "Noto Sans"'))).toBe(true);

    await addArticles(tp.page, THREE_ARTICLES.map((f) => path.join(IMPORT_FIXTURES, f)));
    expect(await accounting(tp.page)).toBe('3 files read = 3 ingested + 0 rejected');
    expect(await listedPlaces(tp.page)).toContain('Hamburg');
    await tp.page.screenshot({ path: path.join(ARTIFACTS, 'import-offline.png') });

    expect(failed).toEqual([]);
    expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });

  it('is installable: a web app manifest with icons, and a service worker', async () => {
    const tp = await session.newPage();
    await tp.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(tp.page);
    await tp.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await tp.context.newCDPSession(tp.page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data!);
    expect(parsed.name).toBe('Placeline');
    expect(parsed.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    // Test browser contexts are incognito, where Chromium never offers to install; nothing else may stand in the way.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    await tp.context.close();
  });
});
