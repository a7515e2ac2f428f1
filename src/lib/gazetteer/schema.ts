/** The shape of geo/gazetteer.json, validated when it is loaded. */
import { z } from 'zod';
import { placeKindSchema } from '../dataset';

export const gazetteerEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs'),
  name: z.string().min(1),
  kind: placeKindSchema,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  iso: z.string().optional(),
  parent: z.string().optional(),
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
