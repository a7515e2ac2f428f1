/**
 * Article texts on demand: a small cache of text shards. Asking for an article's text starts
 * fetching its shard (once); when it arrives the texts are put on the shard's article objects and
 * listeners are told, so the page rebuilds what it shows. The least recently used shards beyond
 * the capacity are dropped again (their articles' text goes back to ''), so memory stays small
 * however many excerpts a reader scrolls through. A broken shard is reported by name for its
 * articles only.
 */
import type { FetchBytes } from './layout.ts';
import type { ShardEntry } from './manifest.ts';
import { decodeShard } from './shards.ts';

export interface TextHolder { shard: number; slot: number; text: string }

export class ShardTexts {
  /** Loaded shards, least recently used first (Map keeps insertion order). */
  private readonly loaded = new Map<number, true>();
  private readonly pending = new Set<number>();
  private readonly problems = new Map<number, string>();
  private readonly articlesOfShard: number[][];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly shards: readonly ShardEntry[],
    private readonly articles: readonly TextHolder[],
    private readonly fetchBytes: FetchBytes,
    private readonly capacity = 16,
  ) {
    this.articlesOfShard = shards.map(() => []);
    articles.forEach((a, i) => this.articlesOfShard[a.shard].push(i));
  }

  has(article: number): boolean {
    const shard = this.articles[article].shard;
    if (!this.loaded.has(shard)) return false;
    this.loaded.delete(shard);
    this.loaded.set(shard, true);
    return true;
  }

  /** Why the article's text cannot be shown (its shard is missing or broken), if so. */
  problem(article: number): string | undefined {
    return this.problems.get(this.articles[article].shard);
  }

  /** Start loading the article's shard unless it is loaded, loading or broken. */
  request(article: number): void {
    void this.load(article);
  }

  async load(article: number): Promise<void> {
    const shard = this.articles[article].shard;
    if (this.loaded.has(shard) || this.pending.has(shard) || this.problems.has(shard)) return;
    this.pending.add(shard);
    const entry = this.shards[shard];
    try {
      const texts = decodeShard(await this.fetchBytes(entry.path), entry);
      for (const i of this.articlesOfShard[shard]) this.articles[i].text = texts[this.articles[i].slot];
      this.loaded.set(shard, true);
      this.evict();
    } catch (e) {
      this.problems.set(shard, (e as Error).message);
    } finally {
      this.pending.delete(shard);
    }
    for (const listener of this.listeners) listener();
  }

  /** Called after each shard arrives (or fails); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private evict(): void {
    for (const shard of this.loaded.keys()) {
      if (this.loaded.size <= this.capacity) return;
      this.loaded.delete(shard);
      for (const i of this.articlesOfShard[shard]) this.articles[i].text = '';
    }
  }
}
