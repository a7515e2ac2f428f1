/** The ingest summary: what was ingested, every rejected file with its reason, the warnings, and
 *  the check that files read = ingested + rejected. Returns false when the run must fail. */
import type { CliIo } from '../ingest.ts';
import type { IngestOutcome } from './run.ts';

/** Beyond this many warnings, the rest are counted rather than listed (a big corpus has thousands). */
const MAX_WARNINGS_SHOWN = 200;

export function printSummary(io: CliIo, outcome: IngestOutcome, corpusName: string, seconds: number): boolean {
  const { listing, summary, batches, rejected } = outcome;
  const counts = summary?.manifest.counts ?? { articles: 0, mentions: 0, places: 0 };
  const warnings = summary?.warnings ?? [];
  const lines: string[] = [];
  lines.push(
    `Ingested ${plural(counts.articles, 'article')} from ${corpusName}/ (${summary?.undated ?? 0} undated): ` +
      `${plural(counts.mentions, 'mention')} of ${plural(counts.places, 'place')} in ${seconds.toFixed(1)} s.`,
  );
  if (rejected.length > 0) {
    lines.push(`Rejected ${plural(rejected.length, 'file')}:`);
    for (const r of rejected) lines.push(`  ${r.file}: ${r.reason}`);
  }
  if (warnings.length > 0) {
    lines.push(`Warnings (${warnings.length}):`);
    for (const w of warnings.slice(0, MAX_WARNINGS_SHOWN)) lines.push(`  ${w.file}: ${w.message}`);
    if (warnings.length > MAX_WARNINGS_SHOWN) lines.push(`  … and ${warnings.length - MAX_WARNINGS_SHOWN} more`);
  }
  if (listing.ignored.length > 0) lines.push(`Ignored, not read: ${listing.ignored.join(', ')}`);
  if (batches.fromCache > 0 || batches.staleCache > 0) {
    lines.push(`Cache: ${batches.fromCache} of ${plural(batches.total, 'batch', 'batches')} unchanged` +
      (batches.carried > 0 ? ` (${batches.carried} carried over from the previous layout)` : '') +
      (batches.staleCache > 0 ? `; ${batches.staleCache} stale or damaged entries rebuilt` : '') +
      (batches.filesReused > 0 ? `; of the others' files, ${batches.filesParsed} parsed and ${batches.filesReused} unchanged` : ''));
  }
  lines.push(`${plural(listing.read, 'file')} read = ${counts.articles} ingested + ${rejected.length} rejected`);
  io.out(lines.join('\n'));
  if (counts.articles + rejected.length !== listing.read) {
    io.err('error: internal accounting error: files read != ingested + rejected');
    return false;
  }
  return counts.articles > 0;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
