/**
 * The merge ledger: what each batch contributed to a layout — how many articles, the byte span of
 * their JSON in the articles file, its span of the mention columns, its text shard, its rejections
 * and warnings — plus every article's id and file. The cache keeps the ledger of the last layout
 * written into each directory, so that a re-ingest carries the unchanged batches over from that
 * layout's own files (bytes and column slices, copied) instead of reading thousands of cache entries
 * and merging them again: only the changed batches are merged anew (docs/dataset-layout.md).
 *
 * A ledger is used only while the directory's manifest names the very files it was written with and
 * their checksums hold; otherwise nothing is carried and every batch comes from the cache as before.
 */
import { closeSync, fstatSync, openSync, read, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LedgerIds } from './articleIds.ts';
import { placeSchema, rejectedSchema, type Place } from '../../src/lib/dataset.ts';
import {
  LAYOUT_FILES, checkBytes, decodeColumns, parseManifest,
  type ArticleMeta, type FileEntry, type MentionColumns, type ShardEntry,
} from '../../src/lib/store/index.ts';

const LEDGER_FORMAT = 'placeline-merge-ledger-1';

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** A data file as the manifest names it, and its mtime when the ledger was written. */
const dataFileSchema = z.object({ path: z.string(), bytes: z.number().int().nonnegative(), checksum: z.string(), mtimeMs: z.number() });

export const ledgerEntrySchema = z.object({
  /** The batch's cache key (its files' names and content hashes, and the pipeline version). */
  key: z.string(),
  /** Its shard's index in the manifest (each article's `shard`). */
  shard: z.number().int().nonnegative(),
  /** Its articles: [first, end) in the articles file's array. */
  articles: span,
  /** Those articles' JSON, [start, end) bytes in the articles file (no brackets, no separating commas). */
  json: span,
  /** Their mentions: [first, end) in the mention columns. */
  mentions: span,
  /** How many of its articles have no publication date (the summary's count). */
  undated: z.number().int().nonnegative(),
  rejected: z.array(rejectedSchema),
  warnings: z.array(z.object({ file: z.string(), message: z.string() })),
  /** The merge rejected one of its articles because an earlier file has its id: what it holds then
   *  depends on other batches, so it is never carried. */
  duplicates: z.boolean(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

const ledgerSchema = z.object({
  format: z.literal(LEDGER_FORMAT),
  /** The layout's data files it describes (as its manifest names them). */
  layout: z.object({ places: dataFileSchema, articles: dataFileSchema, mentions: dataFileSchema }),
  batches: z.array(ledgerEntrySchema),
  /** Every article's id and file, in the articles file's order (the merge's duplicate-id check). */
  ids: z.array(z.string()),
  articleFiles: z.array(z.string()),
});
export type Ledger = z.infer<typeof ledgerSchema>;

type DataFile = z.infer<typeof dataFileSchema>;

/** The ledger of the layout just written into `layoutDir` (its data files as `files` name them). */
export function newLedger(layoutDir: string, files: Record<keyof Ledger['layout'], FileEntry>, batches: LedgerEntry[], articles: LedgerIds): Ledger {
  const dataFile = (entry: FileEntry): DataFile => ({ ...entry, mtimeMs: statSync(join(layoutDir, entry.path)).mtimeMs });
  const layout = { places: dataFile(files.places), articles: dataFile(files.articles), mentions: dataFile(files.mentions) };
  return { format: LEDGER_FORMAT, layout, batches, ids: [...articles.ids], articleFiles: [...articles.articleFiles] };
}

export function parseLedger(json: string): Ledger | undefined {
  try {
    const ledger = ledgerSchema.safeParse(JSON.parse(json));
    return ledger.success && ledger.data.ids.length === ledger.data.articleFiles.length ? ledger.data : undefined;
  } catch {
    return undefined;
  }
}

/** A batch as the previous layout holds it, ready to be carried into the new one. */
export interface CarriedBatch {
  entry: LedgerEntry;
  shard: ShardEntry;
  /** Its articles' JSON as the previous layout wrote it (their `shard` is entry.shard). */
  json: Uint8Array;
  /** The previous layout's columns and places (the batch's mentions are entry.mentions of them). */
  mentions: MentionColumns;
  places: readonly Place[];
}

/** The previous layout in a directory, as its ledger describes it; undefined when there is none,
 *  or when its manifest or files are not the ones the ledger was written with. */
export class PreviousLayout {
  private readonly byKey = new Map<string, LedgerEntry>();

  private constructor(
    private readonly ledger: Ledger,
    private readonly shards: readonly ShardEntry[],
    private readonly articles: Uint8Array,
    private readonly mentions: MentionColumns,
    private readonly places: readonly Place[],
  ) {
    for (const entry of ledger.batches) if (!entry.duplicates) this.byKey.set(entry.key, entry);
  }

  /** Reads the layout's files in the background (the thread pool's I/O): call it early, await it late. */
  static async open(layoutDir: string, ledger: Ledger | undefined): Promise<PreviousLayout | undefined> {
    if (!ledger) return undefined;
    try {
      const { places, articles, mentions } = ledger.layout;
      // A file with the size and mtime it had when the ledger was written is trusted, as the
      // corpus's files are (cache.ts); any other is checked against its checksum.
      const read = async (entry: DataFile) => {
        const { bytes, mtimeMs } = await readInBackground(join(layoutDir, entry.path));
        if (bytes.length !== entry.bytes || mtimeMs !== entry.mtimeMs) checkBytes(bytes, entry);
        return bytes;
      };
      const [manifestFile, placeBytes, articleBytes, mentionBytes] = await Promise.all([
        readInBackground(join(layoutDir, LAYOUT_FILES.manifest)), read(places), read(articles), read(mentions),
      ]);
      const manifest = parseManifest(manifestFile.bytes.toString('utf8'));
      if (!sameFile(manifest.files.places, places) || !sameFile(manifest.files.articles, articles) || !sameFile(manifest.files.mentions, mentions)) return undefined;
      if (manifest.counts.articles !== ledger.ids.length) return undefined;
      const placeList = z.array(placeSchema).parse(JSON.parse(placeBytes.toString('utf8')));
      const columns = decodeColumns(mentionBytes, manifest.counts.mentions, mentions.path);
      const fits = (e: LedgerEntry) => e.shard < manifest.shards.length && e.articles[1] <= ledger.ids.length
        && e.json[1] <= articleBytes.length && e.mentions[1] <= manifest.counts.mentions;
      if (!ledger.batches.every(fits)) return undefined;
      return new PreviousLayout(ledger, manifest.shards, articleBytes, columns, placeList);
    } catch {
      // missing, damaged or rewritten by hand: nothing is carried, the cache has every batch
      return undefined;
    }
  }

  /** Its articles' ids and files, in order (a carried batch's are entry.articles of them). */
  get articleIds(): LedgerIds {
    return this.ledger;
  }

  /** Its data files, each found as the ledger left it, or checked against its checksum, when it was opened. */
  get intactFiles(): ReadonlySet<string> {
    const { places, articles, mentions } = this.ledger.layout;
    return new Set([places.path, articles.path, mentions.path]);
  }

  /** The batch with this key, when the previous layout holds it and it may be carried. */
  batch(key: string): CarriedBatch | undefined {
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    return {
      entry,
      shard: this.shards[entry.shard],
      json: this.articles.subarray(entry.json[0], entry.json[1]),
      mentions: this.mentions,
      places: this.places,
    };
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }
}

/** A carried batch's articles with another shard number (batches before it were added or removed). */
export function withShard(json: Uint8Array, shard: number): Uint8Array {
  const articles = JSON.parse(`[${new TextDecoder().decode(json)}]`) as ArticleMeta[];
  for (const article of articles) article.shard = shard;
  const bytes = new TextEncoder().encode(JSON.stringify(articles));
  return bytes.subarray(1, bytes.length - 1);
}

function sameFile(a: FileEntry, b: DataFile): boolean {
  return a.path === b.path && a.bytes === b.bytes && a.checksum === b.checksum;
}

/**
 * A whole file, read by the thread pool in one request (fs.readFile reads in 512 kB pieces, each
 * started by the main thread: while it is busy listing the corpus, the reading would stand still).
 */
function readInBackground(path: string): Promise<{ bytes: Buffer; mtimeMs: number }> {
  const fd = openSync(path, 'r');
  const { size, mtimeMs } = fstatSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  return new Promise<{ bytes: Buffer; mtimeMs: number }>((resolve, reject) => {
    const next = (offset: number) => {
      if (offset >= size) return resolve({ bytes, mtimeMs });
      read(fd, bytes, offset, size - offset, offset, (error, n) => {
        if (error) reject(error);
        else if (n === 0) reject(new Error(`${path}: ended after ${offset} of ${size} bytes`));
        else next(offset + n);
      });
    };
    next(0);
  }).finally(() => closeSync(fd));
}
