/** The content hash the ingest cache keys files by (no parser needed: the main thread hashes a few
 *  changed files itself without loading the pipeline). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentHashes(dir: string, names: readonly string[]): string[] {
  return names.map((name) => {
    try {
      return contentHash(readFileSync(join(dir, name)));
    } catch {
      return UNREADABLE; // the ingest task reports the reason
    }
  });
}

/** The hash of a file that cannot be read (its batch's task rejects it, naming the reason). */
export const UNREADABLE = 'unreadable';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
