/**
 * What an import tells the user, in the CLI's words: "N files read = N ingested + N rejected", each
 * rejected file with its reason, the warnings (undated, dropped URL, guessed title ...), and the
 * hidden files that were not read.
 */
import type { Rejected } from '../dataset.ts';
import type { IngestWarning } from '../ingest/pipeline.ts';

export interface ImportReport {
  /** What was imported: "3 files", "export.json". */
  label: string;
  read: number;
  ingested: number;
  rejected: Rejected[];
  warnings: IngestWarning[];
  ignored: string[];
  /** Mentions and places found in the ingested articles. */
  mentions: number;
  places: number;
  /** The unit counted: files for an import, articles for an opened dataset. */
  unit: 'file' | 'article';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The accounting line, as the CLI prints it. */
export function accountingLine(report: ImportReport): string {
  const added = report.unit === 'file' ? 'ingested' : 'added';
  return `${plural(report.read, report.unit)} read = ${report.ingested} ${added} + ${report.rejected.length} rejected`;
}
