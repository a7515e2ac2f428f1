/**
 * Browser-test harness: serves the production build (`dist/`, made by `vite build`, which
 * `npm test` runs first) with `vite preview` on a free loopback port, with /data/ served from a
 * fixture corpus's ingest output (tests/support/fixtureData.ts), and drives Debian's Chromium
 * through playwright-core. Every request the page makes is recorded so tests can prove that
 * nothing leaves the origin.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { servedDataDir, type ServedCorpus } from '../support/fixtureData';
import { serveDataFrom } from '../support/serveData';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags verified on these machines (PRODUCT.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface Session {
  baseUrl: string;
  browser: Browser;
  newPage(opts?: PageOptions): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** Serve the app's data/ (dataset.json, story.json, overlays/) from this directory instead of the
   *  build's: a corpus ingested by a test with `ingest <dir> --out <dataDir>` (layout) or `--out <dataDir>/dataset.json`. */
  dataDir?: string;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface SessionOptions {
  /** The fixture corpus whose ingested data the page loads at /data/ (default: the five seeds). */
  corpus?: ServedCorpus;
}

export async function startSession({ corpus = 'seeds' }: SessionOptions = {}): Promise<Session> {
  if (!existsSync(path.join(ROOT, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npx vite build` first (`npm test` does this).');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium), or set CHROMIUM_PATH.`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    plugins: [serveDataFrom(servedDataDir(corpus))],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

  return {
    baseUrl,
    browser,
    async newPage({ width = 1440, height = 900, dataDir }: PageOptions = {}) {
      // Routed data (a test's own corpus) must not be fetched behind the routes by the service worker.
      const context = await browser.newContext({ viewport: { width, height }, ...(dataDir ? { serviceWorkers: 'block' as const } : {}) });
      const page = await context.newPage();
      if (dataDir) {
        await page.route(`${baseUrl}/data/**`, (route) => {
          const file = path.join(dataDir, new URL(route.request().url()).pathname.replace(/^\/data\//, ''));
          if (!file.startsWith(dataDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
          return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(file) });
        });
      }
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, context, requests, errors };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Waits until `window.placelineMap` exists and has finished rendering. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => Boolean((window as any).placelineMap), undefined, { timeout });
  await page.evaluate(
    () => new Promise<void>((resolve) => {
      const map = (window as any).placelineMap;
      if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
      else map.once('idle', () => resolve());
    }),
  );
}

/** URLs in `requests` that are not on `origin` (data: and blob: URLs stay on the machine). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
