/**
 * The manifest of the lazy dataset layout (docs/dataset-layout.md): which files make up the dataset,
 * their sizes and checksums, and the counts they must hold. The page and `--merge` read it first and
 * check every file against it.
 */
import { z } from 'zod';

export const LAYOUT_FORMAT = 'placeline-layout';
export const LAYOUT_VERSION = 1;

/** File names inside a layout directory. Text shards live under `texts/`, named by their checksum. */
export const LAYOUT_FILES = {
  manifest: 'manifest.json',
  places: 'places.json',
  articles: 'articles.json',
  mentions: 'mentions.bin',
  rejected: 'rejected.json',
} as const;
export const SHARD_DIR = 'texts';

const fileEntrySchema = z.object({
  path: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  checksum: z.string().regex(/^[0-9a-f]{16}$/),
});

export const shardEntrySchema = fileEntrySchema.extend({
  /** How many texts the shard holds (some may belong to articles rejected as duplicates). */
  texts: z.number().int().nonnegative(),
});

export const manifestSchema = z.object({
  format: z.literal(LAYOUT_FORMAT),
  version: z.literal(LAYOUT_VERSION),
  counts: z.object({
    /** Input files read: ingested + rejected. */
    read: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative(),
    mentions: z.number().int().nonnegative(),
    places: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
  }),
  files: z.object({
    places: fileEntrySchema,
    articles: fileEntrySchema,
    mentions: fileEntrySchema,
    rejected: fileEntrySchema,
  }),
  shards: z.array(shardEntrySchema),
});

export type FileEntry = z.infer<typeof fileEntrySchema>;
export type ShardEntry = z.infer<typeof shardEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** Parse untrusted manifest JSON, with an error naming the file and the problem. */
export function parseManifest(json: string, file: string = LAYOUT_FILES.manifest): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); the file may be truncated`);
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: not a placeline layout manifest of version ${LAYOUT_VERSION} — ${first.join('; ')}`);
  }
  return result.data;
}
