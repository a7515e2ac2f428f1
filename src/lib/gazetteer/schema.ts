/** The shape of geo/gazetteer.json, validated when it is loaded. */
import { z } from 'zod';
import { placeSchema } from '../dataset';

/** A dataset place plus what only the gazetteer needs (population, country, provenance). */
export const gazetteerEntrySchema = placeSchema.extend({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs'),
  population: z.number().int().nonnegative().optional(),
  country: z.string().length(2).optional(),
  names: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
  eponym: z.string().optional(),
});

export const gazetteerFileSchema = z.object({
  version: z.literal(1),
  about: z.string(),
  entries: z.array(gazetteerEntrySchema),
});

export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
