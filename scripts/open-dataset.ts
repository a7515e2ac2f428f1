/**
 * npm run open-dataset -- <dataset.json> [--out file.json]
 *
 * Loads a Dataset JSON (one the page exported with Export › Dataset JSON, or `npm run ingest --
 * --out` wrote), checks it against the dataset schema, prints the ingest CLI's summary of it and
 * writes it where the app loads its data (default: the ingest CLI's default output), so
 * `npx vite` or `npm run preview` show it. Same exit statuses as the ingest CLI: 0 written, 1 not a
 * valid dataset or not writable, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/lib/dataset.ts';
import { LAYOUT_FILES } from '../src/lib/store/index.ts';
import { DEFAULT_OUT, type CliIo } from './ingest.ts';

/** The single-file dataset beside (in place of) the layout the ingest CLI writes by default. */
const DEFAULT_DATASET = join(DEFAULT_OUT, 'dataset.json');

export const OPEN_USAGE = `Usage: npm run open-dataset -- <dataset.json> [--out file.json]

Checks a Dataset JSON (exported from the page, or written by npm run ingest -- --out) and writes it
where the app loads its data (default: ${DEFAULT_DATASET}, replacing a layout there).`;

export function runOpenDataset(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n${OPEN_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(OPEN_USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1 || parsed.values.out === '') {
    io.err(`error: expected one dataset file\n${OPEN_USAGE}`);
    return 2;
  }
  const input = resolve(io.cwd, parsed.positionals[0]);
  const outFile = resolve(io.cwd, parsed.values.out ?? DEFAULT_DATASET);
  const shown = (p: string) => relative(io.cwd, p) || '.';

  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (e) {
    io.err(`error: cannot read ${shown(input)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  let dataset;
  try {
    dataset = parseDataset(text, shown(input));
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return 1;
  }
  const undated = dataset.articles.filter((a) => !a.published).length;
  io.out(`Opened ${shown(input)}: ${dataset.articles.length} articles (${undated} undated), ${dataset.mentions.length} mentions of ${dataset.places.length} places; ${dataset.rejected.length} files listed as rejected.`);
  try {
    mkdirSync(dirname(outFile), { recursive: true });
    const tmp = `${outFile}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(dataset)}\n`);
    renameSync(tmp, outFile);
    // The app reads a layout's manifest before dataset.json: without it, this dataset is what loads.
    const manifest = join(dirname(outFile), LAYOUT_FILES.manifest);
    if (existsSync(manifest)) {
      rmSync(manifest);
      io.out(`Removed ${shown(manifest)} (the layout it listed is no longer what the app loads)`);
    }
  } catch (e) {
    io.err(`error: cannot write ${shown(outFile)}: ${(e as Error).message}`);
    return 1;
  }
  io.out(`Wrote ${shown(outFile)}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runOpenDataset(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  });
}
