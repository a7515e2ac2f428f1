// A large import in a real browser: 1,000 generated articles with progress, a page that stays
// responsive (no main-thread task over 200 ms, measured with a longtask PerformanceObserver), and
// Cancel leaving nothing half-imported; then the same import run to the end. The import starts
// when the page receives the files (the input's change event): Chromium's own work of turning a
// 1,000-file selection into File objects (about 0.4 s here) comes before that, in the task that
// dispatches the event, and is not the page's to avoid.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../support/random';
import { accounting, addArticles, expectNothingKeptAfterReload, filesChosenAt, longTasksBetween, markTime, observeLongTasks } from '../support/importPage';
import { ARTIFACTS, foreignRequests, startSession, waitForMapIdle, type Session, type TrackedPage } from './harness';

const PLACES = ['Odesa', 'Lviv', 'Kharkiv', 'Mykolaiv', 'Kyiv', 'Berlin', 'Hamburg', 'Warsaw', 'Vienna', 'Munich', 'Poland', 'Germany'];
const LONG_TASK_LIMIT_MS = 200;

/** 1,000 articles of ~1.2 kB (about 20 place mentions each), dated over a year, each naming a few places, written to a folder: the
 *  file chooser gets paths, so the browser reads the files itself (in-memory payloads would be
 *  built by a script on the page's main thread, a long task of the test's own making). */
function generatedArticles(count: number, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(1000);
  const pick = () => PLACES[Math.floor(random() * PLACES.length)];
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
    const sentences = Array.from({ length: 10 }, () => `Officials in ${pick()} said on Monday that trains to ${pick()} were running again after the storm.`);
    const text = `---\ntitle: Dispatch ${i + 1}\npublished: ${day}\nlanguage: en\n---\n\n${sentences.slice(0, 5).join(' ')}\n\n${sentences.slice(5).join(' ')}\n`;
    const file = path.join(dir, `dispatch-${String(i + 1).padStart(4, '0')}.md`);
    writeFileSync(file, text);
    return file;
  });
}

let session: Session;
let files: string[];

async function open(): Promise<TrackedPage> {
  const tp = await session.newPage();
  await observeLongTasks(tp.page);
  await tp.page.goto(`${session.baseUrl}/`);
  await waitForMapIdle(tp.page);
  return tp;
}

// Long tasks are wall-clock: on a shared two-core machine a neighbour's burst or a garbage
// collection can stretch one task past the limit once. The page's own long tasks recur in every
// run, so a retry tells them apart from the neighbours'.
describe('a large import (Chromium)', { timeout: 300_000, retry: 2 }, () => {
  beforeAll(async () => {
    session = await startSession();
    files = generatedArticles(1000, path.join(ARTIFACTS, 'import-scale'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows progress, stays responsive, and Cancel leaves nothing', async () => {
    const tp = await open();
    await addArticles(tp.page, files);
    const start = await filesChosenAt(tp.page);
    const progress = tp.page.getByRole('group', { name: 'Import progress' });
    await progress.waitFor();
    await expect.poll(() => progress.innerText(), { timeout: 120_000 }).toMatch(/^([1-9]\d*) of 1,000 files/m);
    const shown = await progress.innerText();
    expect(shown).toMatch(/\d+ (kB|MB) of \d+ (kB|MB)/);
    expect(shown).toMatch(/MB\/s/);
    await tp.page.getByRole('button', { name: 'Cancel' }).click();
    await tp.page.getByRole('alert').filter({ hasText: 'Import cancelled: nothing was added.' }).waitFor();
    expect(await tp.page.getByRole('region', { name: 'Import report' }).count()).toBe(0);
    await tp.page.getByRole('button', { name: 'My articles (0)' }).waitFor();
    const long = await longTasksBetween(tp.page, start);
    expect(long.filter((t) => t.duration > LONG_TASK_LIMIT_MS), JSON.stringify(long)).toEqual([]);

    // Nothing was kept: a reload shows no articles of the import.
    await expectNothingKeptAfterReload(tp, session.baseUrl);
  });

  it('runs to the end without a long main-thread task, and shows the places', async () => {
    const tp = await open();
    await addArticles(tp.page, files);
    const start = await filesChosenAt(tp.page);
    expect(await accounting(tp.page)).toBe('1000 files read = 1000 ingested + 0 rejected');
    await tp.page.getByRole('button', { name: 'My articles (1000)' }).waitFor();
    await waitForMapIdle(tp.page);
    // The import: from the files handed over until the worker's result arrives.
    const finished = (await markTime(tp.page, 'placeline-import-finished'))!;
    const shown = (await markTime(tp.page, 'placeline-import-shown'))!;
    const during = await longTasksBetween(tp.page, start, finished);
    const showing = await longTasksBetween(tp.page, finished, shown + 1);
    const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration)).toFixed(0);
    console.log(`1,000 articles: import ${((finished - start) / 1000).toFixed(1)} s, ${during.length} long tasks (longest ${longest(during)} ms); `
      + `showing the result (unpack, index rebuild, render): ${showing.map((t) => t.duration.toFixed(0)).join(' + ') || '0'} ms`);
    expect(during.filter((t) => t.duration > LONG_TASK_LIMIT_MS), JSON.stringify(during)).toEqual([]);
    const list = await tp.page.getByRole('navigation', { name: 'Places' }).innerText();
    for (const name of ['Vienna', 'Munich', 'Warsaw']) expect(list).toContain(name);
    expect(foreignRequests(tp.requests, session.baseUrl)).toEqual([]);
    expect(tp.errors).toEqual([]);
    await tp.context.close();
  });
});
