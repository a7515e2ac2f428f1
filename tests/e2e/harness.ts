/**
 * Browser-test harness: serves the production build (`dist/`, made by `npm run build`, which
 * `npm test` runs first) with `vite preview` on a free loopback port, and drives Debian's Chromium
 * through playwright-core. Every request the page makes is recorded so tests can prove that
 * nothing leaves the origin.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
  newPage(opts?: { width?: number; height?: number }): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function startSession(): Promise<Session> {
  if (!existsSync(path.join(ROOT, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first (`npm test` does this).');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium), or set CHROMIUM_PATH.`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

  return {
    baseUrl,
    browser,
    async newPage({ width = 1440, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
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
