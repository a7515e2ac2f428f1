/**
 * Runs axe-core inside a playwright-core page. The source is evaluated through the DevTools
 * protocol (not a <script> tag), so the page's Content-Security-Policy stays as strict as in use.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export default class AxeBuilder {
  constructor(private readonly page: Page) {}

  async analyze(): Promise<AxeResults> {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  }
}
