/** An import's outcome as the report the page shows. */
import { plural, type ImportReport } from '../imported/index.ts';
import type { ImportOutcome } from './run.ts';

export function reportOf(outcome: ImportOutcome): ImportReport {
  const { dataset } = outcome;
  return {
    label: plural(outcome.read, 'file'),
    read: outcome.read,
    ingested: dataset.articles.length,
    rejected: dataset.rejected,
    warnings: outcome.warnings,
    ignored: outcome.ignored,
    mentions: dataset.mentions.length,
    places: dataset.places.length,
    unit: 'file',
  };
}
