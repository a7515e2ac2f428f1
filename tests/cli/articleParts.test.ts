/** The merged articles in parts serialise to exactly JSON.stringify of all of them, with each part's span. */
import { describe, expect, it } from 'vitest';
import { ArticleParts } from '../../scripts/ingest/articleParts.ts';
import { withShard } from '../../scripts/ingest/ledger.ts';
import type { ArticleMeta } from '../../src/lib/store/index.ts';

const article = (n: number, shard: number, published?: string): ArticleMeta => ({
  id: `a${n}`, file: `a${n}.md`, title: `Title "${n}" — ü`, language: 'en', shard, slot: n, ...(published ? { published } : {}),
});
const json = (articles: ArticleMeta[]) => {
  const bytes = new TextEncoder().encode(JSON.stringify(articles));
  return bytes.subarray(1, bytes.length - 1);
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('ArticleParts', () => {
  it('objects, carried bytes and empty parts give the bytes of JSON.stringify, and each part its span', () => {
    const all = [article(0, 0, '2022-11-10'), article(1, 0), article(2, 2, '2022-11-11'), article(3, 3)];
    const parts = new ArticleParts();
    parts.startObjects();
    parts.push(all[0]);
    parts.push(all[1]);
    parts.startObjects(); // a batch whose every file was rejected
    parts.addJson(json([all[2]]), 1, 0);
    parts.startObjects();
    parts.push(all[3]);
    const { bytes, spans } = parts.serialize();
    expect(text(bytes)).toBe(JSON.stringify(all));
    expect(spans).toHaveLength(4);
    expect(JSON.parse(`[${text(bytes.subarray(...spans[0]))}]`)).toEqual(all.slice(0, 2));
    expect(spans[1][0]).toBe(spans[1][1]);
    expect(JSON.parse(`[${text(bytes.subarray(...spans[2]))}]`)).toEqual([all[2]]);
    expect(parts.count).toBe(4);
    expect(parts.undated).toBe(2);
  });

  it('no articles: an empty array', () => {
    const parts = new ArticleParts();
    parts.startObjects();
    expect(text(parts.serialize().bytes)).toBe('[]');
  });

  it('withShard renumbers the shard of carried articles and nothing else', () => {
    const carried = [article(5, 7, '2022-11-12'), article(6, 7)];
    expect(text(withShard(json(carried), 8))).toBe(text(json(carried.map((a) => ({ ...a, shard: 8 })))));
  });
});
