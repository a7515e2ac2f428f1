/**
 * Builds a layout directory (docs/dataset-layout.md) from articles added in file-name order — a
 * batch at a time from the workers, or one at a time when merging layouts — with their text shards
 * already on disk. Keeps only compact state (article metadata, mention columns, places by id), so
 * memory grows with the metadata, never with the texts. `finish` sorts places by id, writes the
 * content-named data files, then the manifest (the atomic switch from the old dataset to the new),
 * then deletes the files the new manifest no longer names.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeSchema, rejectedSchema, type Place, type Rejected } from '../../src/lib/dataset.ts';
import { byName, duplicateReason } from '../../src/lib/ingest/files.ts';
import type { IngestWarning } from '../../src/lib/ingest/pipeline.ts';
import {
  LAYOUT_FILES, LAYOUT_FORMAT, LAYOUT_VERSION, SHARD_DIR, checksum,
  type ArticleMeta, type FileEntry, type Manifest, type MentionColumns, type ShardEntry,
} from '../../src/lib/store/index.ts';
import { ArticleParts } from './articleParts.ts';
import { ArticleIds } from './articleIds.ts';
import { newLedger, withShard, type CarriedBatch, type Ledger, type LedgerEntry, type PreviousLayout } from './ledger.ts';
import { MentionSink } from './mentionSink.ts';
import type { BatchRecord } from './protocol.ts';

export interface LayoutSummary { manifest: Manifest; warnings: IngestWarning[]; rejected: Rejected[]; undated: number }

export class LayoutWriter {
  read = 0;
  private readonly articles = new ArticleParts();
  private readonly shards: ShardEntry[] = [];
  private readonly shardIndex = new Map<string, number>();
  private readonly places: Place[] = [];
  private readonly placeIndex = new Map<string, number>();
  private readonly columns = new MentionSink();
  private readonly ids: ArticleIds;
  private readonly rejected: Rejected[] = [];
  private readonly warnings: IngestWarning[] = [];
  /** What each batch contributed (the ledger a re-ingest carries batches by), with its article part. */
  private readonly entries: (LedgerEntry & { part: number })[] = [];
  private written?: Record<keyof Ledger['layout'], FileEntry>;
  /** Data files in outDir checked this run (the previous layout's): one of these names is already
   *  the bytes it would be written with. Any other file is written. */
  private readonly intact: ReadonlySet<string>;

  /** @param previous the layout in outDir that this one replaces, when batches are carried over from it */
  constructor(readonly outDir: string, previous?: PreviousLayout) {
    this.intact = previous?.intactFiles ?? new Set();
    this.ids = new ArticleIds(previous?.articleIds);
  }

  reject(...rejected: Rejected[]): void {
    for (const r of rejected) this.rejected.push(r);
  }

  /** A worker's batch (cache key `key`): its articles in slot order, its rejections and warnings. */
  addBatch(key: string, batch: BatchRecord, mentions: MentionColumns): void {
    this.reject(...batch.rejected);
    const shard = this.shardNumber(batch.shard);
    const part = this.articles.startObjects();
    const firstArticle = this.articles.count;
    const firstMention = this.columns.length;
    const undatedBefore = this.articles.undated;
    const articleOf = new Int32Array(batch.articles.length).fill(-1);
    const dropped = new Set<string>();
    for (const article of batch.articles) {
      if (article.slot >= articleOf.length) throw new Error(`batch ${batch.shard.path}: article slot ${article.slot} out of range`);
      articleOf[article.slot] = this.addMeta(article, shard);
      if (articleOf[article.slot] < 0) dropped.add(article.file);
    }
    this.columns.pushBatch(mentions, articleOf, this.placeMapOf(batch.places), (local) => this.globalPlace(batch.places, local));
    const warnings = batch.warnings.filter((w) => !dropped.has(w.file));
    for (const w of warnings) this.warnings.push(w);
    this.entries.push({
      key, shard, part, articles: [firstArticle, this.articles.count], json: [0, 0], mentions: [firstMention, this.columns.length],
      undated: this.articles.undated - undatedBefore, rejected: batch.rejected, warnings, duplicates: dropped.size > 0,
    });
  }

  /**
   * A batch carried over from the previous layout as it was. Returns false, adding nothing, when an
   * earlier article now has one of its ids (the batch must then be merged from the cache).
   */
  addCarried(carried: CarriedBatch): boolean {
    const { entry } = carried;
    if (!this.ids.addCarried(entry.articles[0], entry.articles[1])) return false;
    this.reject(...entry.rejected);
    for (const w of entry.warnings) this.warnings.push(w);
    const shard = this.shardNumber(carried.shard);
    const json = shard === entry.shard ? carried.json : withShard(carried.json, shard);
    const firstArticle = this.articles.count;
    const part = this.articles.addJson(json, entry.articles[1] - entry.articles[0], entry.undated);
    const firstMention = this.columns.length;
    const [from, to] = entry.mentions;
    this.columns.pushView(carried.mentions, from, to, firstArticle - entry.articles[0],
      this.placeMapOf(carried.places), (local) => this.globalPlace(carried.places, local));
    this.entries.push({
      ...entry, shard, part, articles: [firstArticle, this.articles.count], json: [0, 0], mentions: [firstMention, this.columns.length],
    });
    return true;
  }

  /**
   * One article with its mentions `mentions[from..to)` (their `place` values index `places`).
   * Returns false, and rejects the file, when an earlier file has the same id.
   */
  addArticle(article: Omit<ArticleMeta, 'shard'>, shard: ShardEntry, mentions: MentionColumns, from: number, to: number, places: readonly Place[]): boolean {
    const articleNumber = this.addMeta(article, this.shardNumber(shard));
    if (articleNumber < 0) return false;
    this.columns.pushArticle(articleNumber, mentions, from, to, this.placeMapOf(places), (local) => this.globalPlace(places, local));
    return true;
  }

  /** The article's number, or -1 (and the file rejected) when an earlier file has the same id. */
  private addMeta(article: Omit<ArticleMeta, 'shard'>, shard: number): number {
    const earlier = this.ids.fileOf(article.id);
    if (earlier !== undefined) {
      this.rejected.push({ file: article.file, reason: duplicateReason(article.id, earlier) });
      return -1;
    }
    this.ids.add(article.id, article.file);
    // The batch's own object (read from the cache or a worker, or copied by the merge) takes its shard.
    const meta = article as ArticleMeta;
    meta.shard = shard;
    this.articles.push(meta);
    return this.articles.count - 1;
  }

  private shardNumber(shard: ShardEntry): number {
    let shardNumber = this.shardIndex.get(shard.path);
    if (shardNumber === undefined) {
      shardNumber = this.shards.push(shard) - 1;
      this.shardIndex.set(shard.path, shardNumber);
    }
    return shardNumber;
  }

  /** The rejections so far, sorted by file (what the summary lists when nothing could be ingested). */
  rejections(): Rejected[] {
    return [...this.rejected].sort((a, b) => byName(a.file, b.file));
  }

  get articleCount(): number {
    return this.articles.count;
  }

  /** Writes the data files and the manifest; removes what the previous manifest named and this one does not. */
  finish(): LayoutSummary {
    mkdirSync(join(this.outDir, SHARD_DIR), { recursive: true });
    // Places sorted by id, with the parent of each place added (a batch already carries its chains).
    const order = this.places.map((_, i) => i).sort((a, b) => byName(this.places[a].id, this.places[b].id));
    const newIndex = new Uint32Array(order.length);
    order.forEach((old, i) => { newIndex[old] = i; });
    const places = order.map((i) => placeSchema.parse(this.places[i]));
    this.columns.remapPlaces(newIndex);
    const rejected = this.rejections().map((r) => rejectedSchema.parse(r));
    // (each article was checked by the worker that read it, or when its input layout was read)
    const articles = this.articles.serialize();
    for (const entry of this.entries) entry.json = articles.spans[entry.part];

    const files = {
      places: this.writeData('places', 'json', new TextEncoder().encode(JSON.stringify(places))),
      articles: this.writeData('articles', 'json', articles.bytes),
      mentions: this.columns.write(this.outDir, this.intact),
      rejected: this.writeData('rejected', 'json', new TextEncoder().encode(JSON.stringify(rejected))),
    };
    this.written = { places: files.places, articles: files.articles, mentions: files.mentions };
    const manifest: Manifest = {
      format: LAYOUT_FORMAT, version: LAYOUT_VERSION,
      counts: { read: this.read, articles: this.articles.count, mentions: this.columns.length, places: places.length, rejected: rejected.length },
      files, shards: this.shards,
    };
    const target = join(this.outDir, LAYOUT_FILES.manifest);
    writeFileSync(`${target}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
    renameSync(`${target}.tmp`, target);
    this.removeUnlisted(manifest);
    return { manifest, warnings: this.warnings, rejected, undated: this.articles.undated };
  }

  /** After finish(): what each batch contributed, when every article came in a batch (not by addArticle). */
  ledger(): Ledger | undefined {
    if (!this.written || this.entries.reduce((n, e) => n + e.articles[1] - e.articles[0], 0) !== this.articles.count) return undefined;
    return newLedger(this.outDir, this.written, this.entries.map(({ part: _, ...entry }) => entry), this.ids.inOrder());
  }

  private globalPlace(places: readonly Place[], local: number): number {
    const place = places[local];
    let index = this.placeIndex.get(place.id);
    if (index === undefined) {
      index = this.places.push(place) - 1;
      this.placeIndex.set(place.id, index);
      // Parents come with the source's places; keep the chain whole even if no mention names them.
      let parent = place.parent;
      while (parent !== undefined && !this.placeIndex.has(parent)) {
        const entry = this.localIds(places).get(parent);
        if (entry === undefined) break;
        this.placeIndex.set(parent, this.places.push(places[entry]) - 1);
        parent = places[entry].parent;
      }
    }
    return index;
  }

  private readonly idMaps = new WeakMap<readonly Place[], Map<string, number>>();
  private readonly placeMaps = new WeakMap<readonly Place[], Int32Array>();

  /** Global place index of each of a source's places (-1 until first used). */
  private placeMapOf(places: readonly Place[]): Int32Array {
    let map = this.placeMaps.get(places);
    if (!map) {
      map = new Int32Array(places.length).fill(-1);
      this.placeMaps.set(places, map);
    }
    return map;
  }

  private localIds(places: readonly Place[]): Map<string, number> {
    let ids = this.idMaps.get(places);
    if (!ids) {
      ids = new Map(places.map((p, i) => [p.id, i]));
      this.idMaps.set(places, ids);
    }
    return ids;
  }

  private writeData(name: string, extension: string, bytes: Uint8Array): FileEntry {
    const sum = checksum(bytes);
    const path = `${name}-${sum}.${extension}`;
    if (!this.intact.has(path)) writeFileSync(join(this.outDir, path), bytes);
    return { path, bytes: bytes.length, checksum: sum };
  }

  private removeUnlisted(manifest: Manifest): void {
    const keep = new Set([...Object.values(manifest.files).map((f) => f.path), ...manifest.shards.map((s) => s.path)]);
    for (const name of readdirSync(this.outDir)) {
      // Only what ingest writes: old data files, and a single-file dataset the layout replaces.
      if ((/^(places|articles|mentions|rejected)-[0-9a-f]{16}\.(json|bin)$/.test(name) && !keep.has(name)) || name === 'dataset.json') {
        rmSync(join(this.outDir, name), { force: true });
      }
    }
    for (const name of readdirSync(join(this.outDir, SHARD_DIR), { withFileTypes: true }).map((e) => e.name)) {
      if (!keep.has(`${SHARD_DIR}/${name}`)) rmSync(join(this.outDir, SHARD_DIR, name), { force: true });
    }
  }
}
