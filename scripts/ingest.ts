/**
 * npm run ingest -- [corpusDir] [--out dir/ | file.json] [--jobs N] [--cache dir | --no-cache]
 * npm run ingest -- --merge a/ b/ ... --out c/ | c.json
 *
 * Reads a corpus directory, runs the pure ingest pipeline (src/lib/ingest) in worker threads over
 * batches of files and writes the dataset: by default the lazy layout the app loads
 * (static/data/, docs/dataset-layout.md); `--out file.json` writes the single-file Dataset JSON of
 * PRODUCT.md instead. The output is byte-identical whatever --jobs is. The directory is read
 * NON-RECURSIVELY; hidden files and subdirectories are listed as ignored. Every other file is
 * "read": ingested or rejected with a reason, and the summary checks read = ingested + rejected.
 *
 * Exit status: 0 at least one article ingested; 1 nothing ingested (or the output could not be
 * written, or a --merge input is broken); 2 usage error.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { exportDatasetJson } from './ingest/exportJson.ts';
import { mergeLayouts } from './ingest/mergeLayouts.ts';
import { TARGET_BATCH_FILES } from './ingest/batches.ts';
import { ingestCorpus } from './ingest/run.ts';
import { printSummary, plural } from './ingest/summary.ts';
import { copyStory } from './story/copyStory.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory that relative paths (and the defaults) are resolved against. */
  cwd: string;
  /** Where the progress line goes (shown only when it is a TTY). */
  progress?: { isTTY?: boolean; write(text: string): unknown };
}

export const DEFAULT_CORPUS = 'corpus';
export const DEFAULT_OUT = join('static', 'data');
export const DEFAULT_CACHE = join('.cache', 'ingest');

export const USAGE = `Usage: npm run ingest -- [corpusDir] [--out file.json] [--out dir/] [--jobs N]
       npm run ingest -- --merge dirA/ dirB/ ... --out dir/ | file.json

Reads the articles in corpusDir (default: ${DEFAULT_CORPUS}/) and writes the dataset the app loads
(default: the layout in ${DEFAULT_OUT}/, see docs/dataset-layout.md).

Articles: *.md and *.txt (optional YAML front matter: title, source, url, published,
published_precision, language, author) and *.html / *.htm. The directory is read non-recursively;
hidden files and subdirectories are ignored. Other files are rejected as "unsupported file type".

Options:
  -o, --out <path>  a name ending in .json: the single-file Dataset JSON; otherwise the directory
                    of the lazy layout the app loads (created if needed)
  -j, --jobs <N>    worker threads (default: the number of cores, here ${availableParallelism()})
      --cache <dir> where unchanged files' results are kept between runs (default: ${DEFAULT_CACHE})
      --no-cache    ingest every file again and keep nothing
      --batch-files <N>  average files per batch and text shard (default ${TARGET_BATCH_FILES})
      --merge       the arguments are layout directories ingested separately: merge them into --out
  -h, --help        show this help

Exit status: 0 at least one article ingested; 1 nothing ingested; 2 usage error.`;

export async function runCli(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' }, cache: { type: 'string' },
        'no-cache': { type: 'boolean' }, 'batch-files': { type: 'string' }, merge: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usageError(io, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.out === '') return usageError(io, '--out needs a file or directory name');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usageError(io, `--jobs needs a whole number ≥ 1, not "${values.jobs}"`);
  const batchFiles = values['batch-files'] === undefined ? undefined : Number(values['batch-files']);
  if (batchFiles !== undefined && !(Number.isInteger(batchFiles) && batchFiles >= 1)) {
    return usageError(io, `--batch-files needs a whole number ≥ 1, not "${values['batch-files']}"`);
  }
  const shown = (p: string) => relative(io.cwd, p) || '.';
  const out = resolve(io.cwd, values.out ?? DEFAULT_OUT);
  const outIsJson = out.toLowerCase().endsWith('.json');
  if (outIsJson && statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    return usageError(io, `--out ${shown(out)} ends in .json but is a directory`);
  }
  if (!outIsJson && statSync(out, { throwIfNoEntry: false })?.isFile()) {
    return usageError(io, `--out ${shown(out)} is a file; give a directory for the layout or a name ending in .json`);
  }

  if (values.merge) {
    if (positionals.length === 0) return usageError(io, '--merge needs the layout directories to merge');
    if (values.out === undefined) return usageError(io, '--merge needs --out');
    const inputs = positionals.map((p) => resolve(io.cwd, p));
    const missing = inputs.find((dir) => !statSync(dir, { throwIfNoEntry: false })?.isDirectory());
    if (missing) return usageError(io, `not a directory: ${shown(missing)}`);
    return writeOutput(io, out, outIsJson, async (layoutDir) => {
      const summary = await mergeLayouts(inputs, layoutDir);
      const { counts } = summary.manifest;
      io.out(`Merged ${plural(inputs.length, 'layout')}: ${plural(counts.articles, 'article')}, ${plural(counts.mentions, 'mention')} of ${plural(counts.places, 'place')}; ` +
        `${plural(counts.read, 'file')} read = ${counts.articles} ingested + ${counts.rejected} rejected`);
      return true;
    });
  }

  if (positionals.length > 1) {
    return usageError(io, `too many arguments (${positionals.join(' ')}); expected at most one corpus directory`);
  }
  const corpusDir = resolve(io.cwd, positionals[0] ?? DEFAULT_CORPUS);
  const dirStat = statSync(corpusDir, { throwIfNoEntry: false });
  if (!dirStat) return usageError(io, `corpus directory not found: ${shown(corpusDir)}`);
  if (!dirStat.isDirectory()) return usageError(io, `not a directory: ${shown(corpusDir)}`);
  const cacheDir = values['no-cache'] ? undefined : resolve(io.cwd, values.cache ?? DEFAULT_CACHE);

  return writeOutput(io, out, outIsJson, async (layoutDir) => {
    const started = performance.now();
    const outcome = await ingestCorpus({ corpusDir, layoutDir, jobs, cacheDir, batchFiles, progress: io.progress });
    const ok = printSummary(io, outcome, shown(corpusDir), (performance.now() - started) / 1000);
    if (!ok && outcome.summary === undefined) io.err(`error: no article could be ingested from ${shown(corpusDir)}/; ${shown(out)} was not written`);
    if (!ok) return false;
    // The story (title, overlays) is published beside the data: in the layout, or beside the JSON file.
    const story = copyStory(corpusDir, outIsJson ? dirname(out) : layoutDir);
    if (story.messages.length) io.out(story.messages.join('\n'));
    if (story.error) throw new Error(story.error);
    return true;
  });
}

/** Runs `produce` into the layout directory (a temporary one when the output is a JSON file),
 *  then exports; any failure is reported and gives exit status 1. */
async function writeOutput(io: CliIo, out: string, outIsJson: boolean, produce: (layoutDir: string) => Promise<boolean>): Promise<number> {
  const layoutDir = outIsJson ? mkdtempSync(join(tmpdir(), 'placeline-layout-')) : out;
  try {
    mkdirSync(layoutDir, { recursive: true });
    if (!(await produce(layoutDir))) return 1;
    if (outIsJson) {
      mkdirSync(dirname(out), { recursive: true });
      await exportDatasetJson(layoutDir, out);
    }
    io.out(`Wrote ${relative(io.cwd, out) || '.'}${outIsJson ? '' : '/ (manifest.json and the files it lists)'}`);
    return 0;
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return 1;
  } finally {
    if (outIsJson) rmSync(layoutDir, { recursive: true, force: true });
  }
}

function usageError(io: CliIo, message: string): number {
  io.err(`error: ${message}\nRun with --help for usage.`);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    progress: process.stderr,
  }).then((code) => { process.exitCode = code; });
}
