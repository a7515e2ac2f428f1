/**
 * The dataset contract between ingest (writer) and the app (reader); see PRODUCT.md.
 * One zod schema is the single source of truth: the CLI validates before writing,
 * the app validates after loading, and the TypeScript types are inferred from it.
 */
import { z } from 'zod';
import { isIsoDay } from './days/index.ts';

/** What a place is. Labels, list groups and admin1's name in each country: src/lib/places/kinds.ts. */
export const PLACE_KINDS = [
  'river', 'city', 'town', 'village', 'dam', 'reservoir', 'canal', 'power_plant',
  'admin1', 'country', 'region', 'sea', 'peninsula',
] as const;

/** Calendar date YYYY-MM-DD that really exists (2022-02-30 is rejected). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine(isIsoDay, 'not a real calendar date');

export const placeKindSchema = z.enum(PLACE_KINDS);

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  published: isoDate.optional(),
  publishedPrecision: z.enum(['day', 'estimate']).optional(),
  language: z.string().min(2),
  text: z.string(),
});

export const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: placeKindSchema,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  iso: z.string().optional(),
  parent: z.string().optional(),
  /** Other names and spellings (all languages), for search. Extension of the contract. */
  names: z.array(z.string()).optional(),
});

export const mentionSchema = z.object({
  article: z.string(),
  place: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  date: isoDate.optional(),
});

export const rejectedSchema = z.object({ file: z.string(), reason: z.string() });

export const datasetSchema = z
  .object({
    version: z.literal(1),
    articles: z.array(articleSchema),
    places: z.array(placeSchema),
    mentions: z.array(mentionSchema),
    rejected: z.array(rejectedSchema),
  })
  .superRefine((ds, ctx) => {
    // Referential integrity: every mention points at a known article and place, inside its text.
    const texts = new Map(ds.articles.map((a) => [a.id, a.text.length]));
    const places = new Set(ds.places.map((p) => p.id));
    ds.mentions.forEach((m, i) => {
      const len = texts.get(m.article);
      if (len === undefined) ctx.addIssue({ code: 'custom', path: ['mentions', i, 'article'], message: `unknown article "${m.article}"` });
      if (!places.has(m.place)) ctx.addIssue({ code: 'custom', path: ['mentions', i, 'place'], message: `unknown place "${m.place}"` });
      if (m.start >= m.end || (len !== undefined && m.end > len)) ctx.addIssue({ code: 'custom', path: ['mentions', i], message: `offsets ${m.start}-${m.end} outside the article text` });
      if (m.sentence[0] > m.start || m.sentence[1] < m.end) ctx.addIssue({ code: 'custom', path: ['mentions', i, 'sentence'], message: 'sentence does not contain the mention' });
    });
  });

export type PlaceKind = z.infer<typeof placeKindSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Rejected = z.infer<typeof rejectedSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** Parse untrusted JSON text into a Dataset, with an error that says where and what. */
export function parseDataset(json: string, file = 'dataset.json'): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); the file may be truncated`);
  }
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: does not match the dataset schema — ${first.join('; ')}`);
  }
  return result.data;
}

/** Where the app loads the dataset from, relative to its base URL; the ingest CLI writes it here. */
export const DATASET_PUBLIC_PATH = 'data/dataset.json';
