/**
 * npm run ingest -- [corpusDir] [--out file.json]
 *
 * Reads a corpus directory, runs the ingest pipeline (src/lib/ingest) and writes the dataset the app
 * loads. The directory is read NON-RECURSIVELY. Hidden files (".DS_Store", ".gitkeep") and
 * subdirectories are not read and not counted, but listed as ignored so nothing vanishes silently.
 * Every other file is "read": it is either ingested or rejected with a reason (unsupported type,
 * too large, empty, binary, not UTF-8, malformed front matter, no main text, duplicate id), and the
 * summary checks that files read = ingested + rejected.
 *
 * Exit status: 0 at least one article ingested; 1 nothing ingested (or the output could not be
 * written); 2 usage error (unknown flag, missing directory, too many arguments).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Rejected } from '../src/lib/dataset.ts';
import { DATASET_PUBLIC_PATH, datasetSchema } from '../src/lib/dataset.ts';
import { loadGazetteer } from '../src/lib/gazetteer/index.ts';
import { ingestFiles, rejectionBeforeReading, type InputFile } from '../src/lib/ingest/pipeline.ts';
import { copyStory, isStoryFile } from './story/copyStory.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory that relative paths (and the defaults) are resolved against. */
  cwd: string;
}

export const DEFAULT_CORPUS = 'corpus';
export const DEFAULT_OUT = join('static', DATASET_PUBLIC_PATH);

export const USAGE = `Usage: npm run ingest -- [corpusDir] [--out file.json]

Reads the articles in corpusDir (default: ${DEFAULT_CORPUS}/) and writes the dataset the app loads
(default: ${DEFAULT_OUT}).

Articles: *.md and *.txt (optional YAML front matter: title, source, url, published,
published_precision, language, author) and *.html / *.htm. The directory is read non-recursively;
hidden files and subdirectories are ignored. Other files are rejected as "unsupported file type".

Options:
  -o, --out <file>  where to write the dataset JSON (its directory is created)
  -h, --help        show this help

Exit status: 0 at least one article ingested; 1 nothing ingested; 2 usage error.`;

interface CorpusListing {
  files: InputFile[];
  rejected: Rejected[];
  ignored: string[];
  read: number;
}

export function runCli(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usageError(io, (e as Error).message);
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    return usageError(io, `too many arguments (${parsed.positionals.join(' ')}); expected at most one corpus directory`);
  }
  if (parsed.values.out === '') return usageError(io, '--out needs a file name');

  const corpusDir = resolve(io.cwd, parsed.positionals[0] ?? DEFAULT_CORPUS);
  const outFile = resolve(io.cwd, parsed.values.out ?? DEFAULT_OUT);
  const shown = (p: string) => relative(io.cwd, p) || '.';

  const dirStat = statSync(corpusDir, { throwIfNoEntry: false });
  if (!dirStat) return usageError(io, `corpus directory not found: ${shown(corpusDir)}`);
  if (!dirStat.isDirectory()) return usageError(io, `not a directory: ${shown(corpusDir)}`);
  if (statSync(outFile, { throwIfNoEntry: false })?.isDirectory()) {
    return usageError(io, `--out must be a file, but ${shown(outFile)} is a directory`);
  }

  const started = performance.now();
  let gazetteer;
  try {
    gazetteer = loadGazetteer();
  } catch (e) {
    io.err(`error: cannot load the gazetteer: ${(e as Error).message}`);
    return 1;
  }

  const listing = listCorpus(corpusDir);
  const { dataset, warnings } = ingestFiles(listing.files, gazetteer, listing.rejected);
  const seconds = (performance.now() - started) / 1000;

  const ingested = dataset.articles.length;
  const undated = dataset.articles.filter((a) => !a.published).length;
  const lines: string[] = [];
  lines.push(
    `Ingested ${plural(ingested, 'article')} from ${shown(corpusDir)}/ (${undated} undated): ` +
      `${plural(dataset.mentions.length, 'mention')} of ${plural(dataset.places.length, 'place')} in ${seconds.toFixed(1)} s.`,
  );
  if (dataset.rejected.length > 0) {
    lines.push(`Rejected ${plural(dataset.rejected.length, 'file')}:`);
    for (const r of dataset.rejected) lines.push(`  ${r.file}: ${r.reason}`);
  }
  if (warnings.length > 0) {
    lines.push(`Warnings (${warnings.length}):`);
    for (const w of warnings) lines.push(`  ${w.file}: ${w.message}`);
  }
  if (listing.ignored.length > 0) lines.push(`Ignored, not read: ${listing.ignored.join(', ')}`);
  lines.push(`${plural(listing.read, 'file')} read = ${ingested} ingested + ${dataset.rejected.length} rejected`);
  io.out(lines.join('\n'));

  if (ingested + dataset.rejected.length !== listing.read) {
    io.err('error: internal accounting error: files read != ingested + rejected');
    return 1;
  }
  if (ingested === 0) {
    io.err(`error: no article could be ingested from ${shown(corpusDir)}/; ${shown(outFile)} was not written`);
    return 1;
  }

  const valid = datasetSchema.safeParse(dataset);
  if (!valid.success) {
    const issues = valid.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    io.err(`error: the dataset does not match the schema (a bug in the pipeline); not written:\n  ${issues.join('\n  ')}`);
    return 1;
  }
  try {
    mkdirSync(dirname(outFile), { recursive: true });
    // Write then rename, so the app never loads a half-written file.
    const tmp = `${outFile}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(valid.data)}\n`);
    renameSync(tmp, outFile);
  } catch (e) {
    io.err(`error: cannot write ${shown(outFile)}: ${(e as Error).message}`);
    return 1;
  }
  io.out(`Wrote ${shown(outFile)}`);
  const story = copyStory(corpusDir, outFile);
  if (story.messages.length) io.out(story.messages.join('\n'));
  if (story.error) {
    io.err(`error: ${story.error}`);
    return 1;
  }
  return 0;
}

/** The corpus directory, non-recursively: what to ingest, what is rejected unread, what is ignored. */
function listCorpus(dir: string): CorpusListing {
  const listing: CorpusListing = { files: [], rejected: [], ignored: [], read: 0 };
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const { name } = entry;
    if (name.startsWith('.')) {
      listing.ignored.push(`${name} (hidden)`);
      continue;
    }
    if (isStoryFile(name)) {
      listing.ignored.push(`${name} (the corpus's story: title and map overlays)`);
      continue;
    }
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false }); // follows symbolic links
    if (stat?.isDirectory()) {
      listing.ignored.push(`${name}/ (subdirectory; the corpus is read non-recursively)`);
      continue;
    }
    listing.read++;
    if (!stat) {
      listing.rejected.push({ file: name, reason: 'unreadable (broken symbolic link)' });
      continue;
    }
    if (!stat.isFile()) {
      listing.rejected.push({ file: name, reason: 'not a regular file' });
      continue;
    }
    const early = rejectionBeforeReading(name, stat.size);
    if (early) {
      listing.rejected.push({ file: name, reason: early });
      continue;
    }
    try {
      listing.files.push({ name, bytes: readFileSync(path) });
    } catch (e) {
      listing.rejected.push({ file: name, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    }
  }
  return listing;
}

function usageError(io: CliIo, message: string): number {
  io.err(`error: ${message}\nRun with --help for usage.`);
  return 2;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  });
}
