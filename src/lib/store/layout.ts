/**
 * Reading the lazy dataset layout (docs/dataset-layout.md): the manifest, then the files the page
 * needs first (places, article metadata, mention columns, rejected files), each checked against
 * the manifest's size and checksum and against each other. Texts stay in their shards (texts.ts).
 * Pure: the caller passes how to fetch a file's bytes (fetch() in the page, fs in Node).
 */
import { z } from 'zod';
import { articleSchema, placeSchema, rejectedSchema, type Place, type Rejected } from '../dataset.ts';
import { decodeColumns, type MentionColumns } from './columns.ts';
import { LAYOUT_FILES, parseManifest, type Manifest } from './manifest.ts';
import { checkBytes } from './shards.ts';

/** An article without its text, plus where its text is: `texts[slot]` of `manifest.shards[shard]`. */
export const articleMetaSchema = articleSchema.omit({ text: true }).extend({
  shard: z.number().int().nonnegative(),
  slot: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export type FetchBytes = (path: string) => Promise<Uint8Array>;

export interface LayoutData {
  manifest: Manifest;
  places: Place[];
  articles: ArticleMeta[];
  mentions: MentionColumns;
  rejected: Rejected[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readManifest(fetchBytes: FetchBytes): Promise<Manifest> {
  return parseManifest(decoder.decode(await fetchBytes(LAYOUT_FILES.manifest)));
}

/** Everything but the texts; throws an error naming the first broken file. */
export async function readLayout(fetchBytes: FetchBytes, manifest?: Manifest): Promise<LayoutData> {
  const m = manifest ?? (await readManifest(fetchBytes));
  const fetchChecked = async (entry: Manifest['files'][keyof Manifest['files']]) => {
    const bytes = await fetchBytes(entry.path);
    checkBytes(bytes, entry);
    return bytes;
  };
  const [placesBytes, articlesBytes, mentionsBytes, rejectedBytes] = await Promise.all([
    fetchChecked(m.files.places), fetchChecked(m.files.articles), fetchChecked(m.files.mentions), fetchChecked(m.files.rejected),
  ]);
  const places = parseJsonFile(placesBytes, m.files.places.path, z.array(placeSchema), m.counts.places);
  const articles = parseJsonFile(articlesBytes, m.files.articles.path, z.array(articleMetaSchema), m.counts.articles);
  const rejected = parseJsonFile(rejectedBytes, m.files.rejected.path, z.array(rejectedSchema), m.counts.rejected);
  const mentions = decodeColumns(mentionsBytes, m.counts.mentions, m.files.mentions.path);
  checkReferences(m, articles, places.length, mentions);
  return { manifest: m, places, articles, mentions, rejected };
}

function parseJsonFile<T>(bytes: Uint8Array, file: string, schema: z.ZodType<T[]>, count: number): T[] {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: does not match the layout schema — ${first.join('; ')}`);
  }
  if (result.data.length !== count) throw new Error(`${file}: ${result.data.length} entries, the manifest says ${count}`);
  return result.data;
}

/** Every mention points at a known article and place; every article at a real shard slot. */
function checkReferences(m: Manifest, articles: ArticleMeta[], placeCount: number, c: MentionColumns): void {
  const file = m.files.mentions.path;
  for (let i = 0; i < c.article.length; i++) {
    if (c.article[i] >= articles.length) throw new Error(`${file}: mention ${i} refers to article ${c.article[i]} of ${articles.length}`);
    if (c.place[i] >= placeCount) throw new Error(`${file}: mention ${i} refers to place ${c.place[i]} of ${placeCount}`);
    if (c.start[i] >= c.end[i] || c.sentenceStart[i] > c.start[i] || c.sentenceEnd[i] < c.end[i]) {
      throw new Error(`${file}: mention ${i} has inconsistent offsets`);
    }
  }
  articles.forEach((a, i) => {
    const shard = m.shards[a.shard];
    if (!shard || a.slot >= shard.texts) throw new Error(`${m.files.articles.path}: article ${i} (${a.id}) points at a missing text slot`);
  });
}
