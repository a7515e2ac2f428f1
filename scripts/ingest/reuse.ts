/**
 * The unchanged files of a changed batch, taken from the cache entries of the batches they were in
 * last time — the article, its warnings and its mention rows from the batch record, its text from
 * the batch's shard — as the file results the pipeline gave them (the pipeline is a pure function
 * of one file), so that a batch in which one file of sixty changed parses one file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../src/lib/dataset.ts';
import { dayString } from '../../src/lib/days/index.ts';
import type { FileResult } from '../../src/lib/ingest/pipeline.ts';
import { NO_DAY, decodeShard } from '../../src/lib/store/index.ts';
import { decodeCachedBatch } from './cachedBatch.ts';

/** Which files to take from which cache entries (the main thread knows their names and hashes). */
export interface ReusePlan {
  cacheDir: string;
  from: { file: string; key: string; names: string[] }[];
}

/** The results of the plan's files, by file name; a file whose entry is gone or damaged is missing
 *  (and parsed instead). */
export function reusedResults(plan: ReusePlan): Map<string, FileResult> {
  const results = new Map<string, FileResult>();
  for (const { file, key, names } of plan.from) {
    try {
      const { head: { batch }, mentions } = decodeCachedBatch(readFileSync(file), key);
      const texts = decodeShard(readFileSync(join(plan.cacheDir, batch.shard.path)), batch.shard);
      const wanted = new Set(names);
      // The rows of slot s are rows[s] .. rows[s + 1] (columns are in slot order).
      const rows = new Uint32Array(batch.articles.length + 1);
      for (const slot of mentions.article) rows[slot + 1]++;
      for (let s = 0; s < batch.articles.length; s++) rows[s + 1] += rows[s];
      for (const { slot, ...meta } of batch.articles) {
        if (!wanted.has(meta.file)) continue;
        const found: Mention[] = [];
        for (let i = rows[slot]; i < rows[slot + 1]; i++) {
          const day = mentions.eventDay[i];
          found.push({
            article: meta.id, place: batch.places[mentions.place[i]], start: mentions.start[i], end: mentions.end[i],
            sentence: [mentions.sentenceStart[i], mentions.sentenceEnd[i]], ...(day === NO_DAY ? {} : { date: dayString(day) }),
          });
        }
        const warnings = batch.warnings.filter((w) => w.file === meta.file);
        results.set(meta.file, { ok: true, file: meta.file, article: { ...meta, text: texts[slot] }, mentions: found, warnings });
      }
    } catch {
      // an entry gone or damaged since the main thread looked: its files are parsed
    }
  }
  return results;
}
