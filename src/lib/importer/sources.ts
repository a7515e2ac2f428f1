/**
 * What an import reads: files picked or dropped in the page (the platform's File, or anything with
 * a name, a size and its bytes on demand), expanded into entries. A .zip becomes its entries; hidden
 * files are ignored and listed (as the CLI lists them); everything else is "read": it becomes an
 * article or is rejected with a reason.
 */
import { unzipSync } from 'fflate';
import type { Rejected } from '../dataset.ts';
import { rejectionBeforeReading } from '../ingest/pipeline.ts';
import { normalizeEntryPath } from './paths.ts';

/** A picked file. `relativePath` is its path inside a picked or dropped folder, when there is one. */
export interface ImportSource {
  name: string;
  size: number;
  relativePath?: string;
  bytes(): Promise<Uint8Array>;
}

/** One file to ingest: its normalised path (the article's file name) and its bytes on demand. */
export interface ImportEntry {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface ExpandedSources {
  entries: ImportEntry[];
  rejected: Rejected[];
  /** Not read and not counted, like the CLI's hidden files: "name (hidden)". */
  ignored: string[];
  /** Files read = entries + rejected. */
  read: number;
}

/** A zip is read whole into memory; beyond this it is more likely a backup than a set of articles. */
export const MAX_ZIP_BYTES = 500_000_000;

export function isZipName(name: string): boolean {
  return name.toLowerCase().endsWith('.zip');
}

/** Sources -> entries, zips expanded; sorted by name like the CLI's directory listing. */
export async function expandSources(sources: readonly ImportSource[]): Promise<ExpandedSources> {
  const out: ExpandedSources = { entries: [], rejected: [], ignored: [], read: 0 };
  for (const source of sources) {
    const { path, hidden } = normalizeEntryPath(source.relativePath || source.name);
    const name = path || 'unnamed';
    if (hidden) {
      out.ignored.push(`${name} (hidden)`);
      continue;
    }
    if (isZipName(name)) {
      await expandZip(name, source, out);
      continue;
    }
    out.read++;
    const early = rejectionBeforeReading(name, source.size);
    if (early) out.rejected.push({ file: name, reason: early });
    else out.entries.push({ name, size: source.size, bytes: () => source.bytes() });
  }
  out.entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

async function expandZip(zipName: string, source: ImportSource, out: ExpandedSources): Promise<void> {
  if (source.size > MAX_ZIP_BYTES) {
    out.read++;
    out.rejected.push({ file: zipName, reason: `zip too large (${(source.size / 1e6).toFixed(1)} MB > ${MAX_ZIP_BYTES / 1e6} MB limit; unzip it and add the folder)` });
    return;
  }
  const inZip: { name: string; reason?: string }[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(await source.bytes(), {
      // Decide from the zip's directory, before inflating: a zip bomb's entries are never expanded.
      filter: (info) => {
        if (info.name.endsWith('/')) return false; // a folder entry
        const { path, hidden } = normalizeEntryPath(info.name);
        const name = `${zipName}/${path}`;
        if (hidden) {
          out.ignored.push(`${name} (hidden)`);
          return false;
        }
        const reason = isZipName(path) ? 'zip inside a zip (unzip it first)' : rejectionBeforeReading(path, info.originalSize);
        inZip.push({ name: info.name, reason });
        return reason === undefined;
      },
    });
  } catch (e) {
    out.read++;
    out.rejected.push({ file: zipName, reason: `not a readable zip archive (${(e as Error).message})` });
    return;
  }
  for (const entry of inZip) {
    out.read++;
    const name = `${zipName}/${normalizeEntryPath(entry.name).path}`;
    if (entry.reason) {
      out.rejected.push({ file: name, reason: entry.reason });
      continue;
    }
    const bytes = files[entry.name];
    out.entries.push({ name, size: bytes.length, bytes: async () => bytes });
  }
}
