/** Reading a layout directory from disk with the same checks the page makes (src/lib/store). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeShard, readLayout, type LayoutData, type ShardEntry } from '../../src/lib/store/index.ts';

export async function readLayoutDir(dir: string): Promise<LayoutData> {
  return readLayout(async (path) => readFileSync(join(dir, path)));
}

/** The texts of one shard, checked against its entry. */
export function readShardTexts(dir: string, entry: ShardEntry): string[] {
  return decodeShard(readFileSync(join(dir, entry.path)), entry);
}
