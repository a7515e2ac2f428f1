/** Text shards on disk: content-named (texts/<checksum>.json), so an unchanged batch gives the
 *  same file and a re-ingest leaves it alone, and two runs never disagree about a name. */
import { copyFileSync, linkSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARD_DIR, checksum, encodeShard, type ShardEntry } from '../../src/lib/store/index.ts';

/** Write the shard into `textDir` (unless that exact file is there) and return its manifest entry. */
export function writeShard(textDir: string, texts: readonly string[]): ShardEntry {
  const bytes = encodeShard(texts);
  const sum = checksum(bytes);
  const name = `${sum}.json`;
  const target = join(textDir, name);
  if (statSync(target, { throwIfNoEntry: false })?.size !== bytes.length) {
    mkdirSync(textDir, { recursive: true });
    const tmp = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  }
  return { path: `${SHARD_DIR}/${name}`, bytes: bytes.length, checksum: sum, texts: texts.length };
}

/** Make `to` hold the same bytes as `from`: a hard link when the file system allows, else a copy. */
export function linkOrCopy(from: string, to: string): void {
  if (statSync(to, { throwIfNoEntry: false })?.size === statSync(from).size) return;
  mkdirSync(join(to, '..'), { recursive: true });
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    linkSync(from, tmp);
  } catch {
    copyFileSync(from, tmp);
  }
  renameSync(tmp, to);
}
