/** The shape of one gazetteer entry, checked by the build before it is encoded. */
import { z } from 'zod';
import { placeSchema } from '../dataset';

/** A dataset place plus what only the gazetteer needs (population, country, provenance). */
export const gazetteerEntrySchema = placeSchema.extend({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs'),
  population: z.number().int().nonnegative().optional(),
  country: z.string().length(2).optional(),
  names: z.array(z.string().min(1).regex(/^[^\t\n]+$/, 'names hold no tab or newline')).min(1),
  source: z.string().min(1),
  geonames: z.number().int().positive().optional(),
  eponym: z.string().optional(),
  seat: z.enum(['capital', 'admin1']).optional(),
});
