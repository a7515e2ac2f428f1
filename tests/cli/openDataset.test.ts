/** npm run open-dataset: an exported Dataset JSON goes back where the app loads its data. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/dataset';
import { datasetJson } from '../../src/lib/export/index';
import { runOpenDataset } from '../../scripts/open-dataset.ts';
import { importedDataset } from '../support/importedDataset';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'placeline-open-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runOpenDataset(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`), cwd: dir });
  return { code, stdout, stderr };
}

it('checks an exported dataset and writes it where the app reads it', async () => {
  const dataset = await importedDataset();
  writeFileSync(join(dir, 'export.json'), datasetJson(dataset));
  const { code, stdout } = run('export.json', '--out', 'static/data/dataset.json');
  expect(code).toBe(0);
  expect(stdout).toContain(`Opened export.json: ${dataset.articles.length} articles (1 undated), ${dataset.mentions.length} mentions of ${dataset.places.length} places`);
  expect(parseDataset(readFileSync(join(dir, 'static/data/dataset.json'), 'utf8'))).toEqual(dataset);
});

it('refuses a file that is not a dataset (exit 1) and a missing argument (exit 2)', () => {
  writeFileSync(join(dir, 'bad.json'), '{"version":2}');
  const bad = run('bad.json', '--out', 'x.json');
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/bad\.json: does not match the dataset schema/);
  expect(run().code).toBe(2);
  expect(run('missing.json').code).toBe(2);
});
