/**
 * The layout reader the page uses: files checked against the manifest (size, checksum, counts,
 * references) with errors naming the file; text shards fetched on demand, cached, evicted, and a
 * broken shard reported for its own articles only.
 */
import { describe, expect, it } from 'vitest';
import {
  Checksum, ColumnBuilder, LAYOUT_FORMAT, LAYOUT_VERSION, ShardTexts, checksum, decodeColumns, encodeColumns, encodeShard, parseManifest,
  readLayout, type Manifest, type ShardEntry,
} from '../../src/lib/store/index.ts';

const encoder = new TextEncoder();

function entry(path: string, bytes: Uint8Array) {
  return { path, bytes: bytes.length, checksum: checksum(bytes) };
}

/** A two-article, two-shard layout in memory. */
function smallLayout() {
  const files = new Map<string, Uint8Array>();
  const put = (path: string, bytes: Uint8Array) => { files.set(path, bytes); return entry(path, bytes); };
  const shards: ShardEntry[] = [['Troops left Kherson.'], ['Shelling in Kyiv.']].map((texts, i) => ({
    ...put(`texts/s${i}.json`, encodeShard(texts)), texts: 1,
  }));
  const columns = new ColumnBuilder();
  columns.push(0, 0, 12, 19, 0, 20, -0x80000000);
  columns.push(1, 1, 12, 16, 0, 17, 19000);
  const manifest: Manifest = {
    format: LAYOUT_FORMAT, version: LAYOUT_VERSION,
    counts: { read: 3, articles: 2, mentions: 2, places: 2, rejected: 1 },
    files: {
      places: put('places-1.json', encoder.encode(JSON.stringify([
        { id: 'kherson', name: 'Kherson', kind: 'city', lon: 32.6, lat: 46.6 }, { id: 'kyiv', name: 'Kyiv', kind: 'city', lon: 30.5, lat: 50.4 },
      ]))),
      articles: put('articles-1.json', encoder.encode(JSON.stringify([
        { id: 'a', file: 'a.md', title: 'A', language: 'en', shard: 0, slot: 0 },
        { id: 'b', file: 'b.md', title: 'B', language: 'en', published: '2022-11-11', shard: 1, slot: 0 },
      ]))),
      mentions: put('mentions-1.bin', encodeColumns(columns.finish())),
      rejected: put('rejected-1.json', encoder.encode(JSON.stringify([{ file: 'x.pdf', reason: 'unsupported file type' }]))),
    },
    shards,
  };
  files.set('manifest.json', encoder.encode(JSON.stringify(manifest)));
  const fetchBytes = async (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`${path}: missing`);
    return bytes;
  };
  return { files, manifest, fetchBytes };
}

describe('checksum', () => {
  it('changes with any byte and with the length, whatever the alignment', () => {
    const bytes = encoder.encode('Kherson, 11 November 2022: the troops have left.');
    const sums = new Set<string>([checksum(bytes), checksum(bytes.subarray(0, bytes.length - 1)), checksum(bytes.subarray(1))]);
    for (let i = 0; i < bytes.length; i += 7) {
      const changed = bytes.slice();
      changed[i] ^= 1;
      sums.add(checksum(changed));
    }
    expect(sums.size).toBe(3 + Math.ceil(bytes.length / 7));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(checksum(shifted.subarray(1))).toBe(checksum(bytes));
  });

  it('is the same computed in pieces (as ingest writes the mention columns)', () => {
    const bytes = encoder.encode('Kherson, Kyiv, Dnipro, Nova Kakhovka and the Kakhovka dam; Zaporizhzhia.');
    expect(new Checksum().update(bytes.subarray(0, 8)).update(bytes.subarray(8, 40)).update(bytes.subarray(40)).digest()).toBe(checksum(bytes));
    expect(() => new Checksum().update(bytes.subarray(0, 5)).update(bytes.subarray(5))).toThrow(/multiple of 4/);
  });
});

describe('readLayout', () => {
  it('reads a layout whose files match the manifest', async () => {
    const { fetchBytes } = smallLayout();
    const layout = await readLayout(fetchBytes);
    expect(layout.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect([...layout.mentions.place]).toEqual([0, 1]);
    expect([...layout.mentions.eventDay]).toEqual([-0x80000000, 19000]);
    expect(layout.rejected).toHaveLength(1);
  });

  it('names a truncated mention file, a damaged places file and a manifest of another version', async () => {
    const { files, manifest, fetchBytes } = smallLayout();
    files.set('mentions-1.bin', files.get('mentions-1.bin')!.subarray(0, 30));
    await expect(readLayout(fetchBytes)).rejects.toThrow(/^mentions-1\.bin: 30 bytes, the manifest says 56/);

    const second = smallLayout();
    const places = second.files.get('places-1.json')!.slice();
    places[5] = 'X'.charCodeAt(0);
    second.files.set('places-1.json', places);
    await expect(readLayout(second.fetchBytes)).rejects.toThrow(/^places-1\.json: checksum [0-9a-f]{16} does not match the manifest's/);

    expect(() => parseManifest(JSON.stringify({ ...manifest, version: 2 }))).toThrow(/^manifest\.json: not a placeline layout manifest of version 1/);
    expect(() => parseManifest('{"format":')).toThrow(/^manifest\.json: not valid JSON .*truncated/);
  });

  it('rejects mention columns that point outside the articles or places', () => {
    const columns = new ColumnBuilder();
    columns.push(0, 0, 5, 3, 0, 9, 0);
    const bytes = encodeColumns(columns.finish());
    expect(() => decodeColumns(bytes, 2, 'm.bin')).toThrow(/^m\.bin: 28 bytes, expected 56 for 2 mentions/);
  });

  it('decodes columns that start at an unaligned offset of a Node Buffer (a view, not a copy, when sliced)', () => {
    const columns = new ColumnBuilder();
    columns.push(7, 3, 5, 9, 0, 20, -4);
    columns.push(8, 1, 30, 36, 25, 40, 19000);
    const file = Buffer.concat([Buffer.from('abc'), encodeColumns(columns.finish())]);
    const decoded = decodeColumns(file.subarray(3), 2, 'm.bin');
    expect([...decoded.article]).toEqual([7, 8]);
    expect([...decoded.eventDay]).toEqual([-4, 19000]);
    expect([...decoded.sentenceEnd]).toEqual([20, 40]);
  });
});

describe('ShardTexts', () => {
  it('fetches a shard once on request, fills its articles, and tells listeners', async () => {
    const { manifest, fetchBytes } = smallLayout();
    const fetched: string[] = [];
    const articles = [{ shard: 0, slot: 0, text: '' }, { shard: 1, slot: 0, text: '' }];
    const texts = new ShardTexts(manifest.shards, articles, async (p) => { fetched.push(p); return fetchBytes(p); });
    let changes = 0;
    texts.onChange(() => changes++);
    expect(texts.has(1)).toBe(false);
    texts.request(1);
    texts.request(1);
    await texts.load(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetched).toEqual(['texts/s1.json']);
    expect(texts.has(1)).toBe(true);
    expect(articles[1].text).toBe('Shelling in Kyiv.');
    expect(articles[0].text).toBe('');
    expect(changes).toBe(1);
  });

  it('drops the least recently used shard beyond its capacity', async () => {
    const { manifest, fetchBytes } = smallLayout();
    const articles = [{ shard: 0, slot: 0, text: '' }, { shard: 1, slot: 0, text: '' }];
    const texts = new ShardTexts(manifest.shards, articles, fetchBytes, 1);
    await texts.load(0);
    await texts.load(1);
    expect(texts.has(0)).toBe(false);
    expect(articles[0].text).toBe('');
    expect(articles[1].text).toBe('Shelling in Kyiv.');
  });

  it('a broken shard is reported, by name, for its own articles only', async () => {
    const { files, manifest, fetchBytes } = smallLayout();
    files.set('texts/s0.json', encoder.encode('["Troops'));
    const articles = [{ shard: 0, slot: 0, text: '' }, { shard: 1, slot: 0, text: '' }];
    const texts = new ShardTexts(manifest.shards, articles, fetchBytes);
    await texts.load(0);
    await texts.load(1);
    expect(texts.problem(0)).toMatch(/^texts\/s0\.json: 8 bytes, the manifest says \d+/);
    expect(texts.problem(1)).toBeUndefined();
    expect(articles[1].text).toBe('Shelling in Kyiv.');
  });
});
