/** The content hash the ingest cache keys files by (no parser needed: the main thread hashes a few
 *  changed files itself without loading the pipeline). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentHashes(dir: string, names: readonly string[]): string[] {
  return names.map((name) => {
    try {
      return createHash('sha1').update(readFileSync(join(dir, name))).digest('hex');
    } catch {
      return 'unreadable'; // the ingest task reports the reason
    }
  });
}
