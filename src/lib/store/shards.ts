/**
 * Text shards: article texts, a few hundred kilobytes per file, fetched only when an excerpt or the
 * reader needs one of them. A shard is a JSON array of strings (the texts, in slot order).
 */
import { checksum } from './checksum.ts';
import type { ShardEntry } from './manifest.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeShard(texts: readonly string[]): Uint8Array {
  return encoder.encode(JSON.stringify(texts));
}

/** The texts of a shard, checked against its manifest entry; errors name the file. */
export function decodeShard(bytes: Uint8Array, entry: ShardEntry): string[] {
  checkBytes(bytes, entry);
  let texts: unknown;
  try {
    texts = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    throw new Error(`${entry.path}: not a valid text shard (${(e as Error).message})`);
  }
  if (!Array.isArray(texts) || texts.length !== entry.texts || !texts.every((t) => typeof t === 'string')) {
    throw new Error(`${entry.path}: expected ${entry.texts} texts`);
  }
  return texts as string[];
}

/** Throws, naming the file, when `bytes` do not have the size and checksum the manifest gives. */
export function checkBytes(bytes: Uint8Array, entry: { path: string; bytes: number; checksum: string }): void {
  if (bytes.length !== entry.bytes) {
    throw new Error(`${entry.path}: ${bytes.length} bytes, the manifest says ${entry.bytes}; the file is truncated or from another ingest run`);
  }
  const actual = checksum(bytes);
  if (actual !== entry.checksum) {
    throw new Error(`${entry.path}: checksum ${actual} does not match the manifest's ${entry.checksum}; the file is damaged or from another ingest run`);
  }
}
