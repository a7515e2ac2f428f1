/**
 * `--merge a/ b/ ... --out c/`: layouts ingested separately (on several machines, or by a batch
 * engine, each over part of a corpus) into one. Every input file is checked against its manifest;
 * articles are merged in file-name order across the inputs, so the result is what one ingest of the
 * whole corpus gives; a file whose id an earlier file already has is rejected, as in one ingest.
 */
import { join } from 'node:path';
import { byName } from '../../src/lib/ingest/files.ts';
import type { LayoutData } from '../../src/lib/store/index.ts';
import { readLayoutDir, readShardTexts } from './layoutFiles.ts';
import { linkOrCopy } from './shardFiles.ts';
import { LayoutWriter, type LayoutSummary } from './writer.ts';

export async function mergeLayouts(inputDirs: readonly string[], outDir: string): Promise<LayoutSummary> {
  const inputs: LayoutData[] = [];
  for (const dir of inputDirs) {
    try {
      inputs.push(await readLayoutDir(dir));
    } catch (e) {
      throw new Error(`${dir}: ${(e as Error).message}`);
    }
  }
  const writer = new LayoutWriter(outDir);
  // Each input's shards are checked once (read whole) and linked or copied into the output.
  inputs.forEach((input, k) => {
    for (const shard of input.manifest.shards) {
      try {
        readShardTexts(inputDirs[k], shard);
      } catch (e) {
        throw new Error(`${inputDirs[k]}: ${(e as Error).message}`);
      }
      linkOrCopy(join(inputDirs[k], shard.path), join(outDir, shard.path));
    }
  });
  // Each input's mentions are article-major: the mentions of article a are ranges[a] .. ranges[a + 1].
  const ranges = inputs.map((input, k) => {
    const starts = new Uint32Array(input.articles.length + 1);
    const column = input.mentions.article;
    for (let i = 0; i < column.length; i++) {
      if (i > 0 && column[i] < column[i - 1]) throw new Error(`${inputDirs[k]}: ${input.manifest.files.mentions.path}: mentions are not in article order`);
      starts[column[i] + 1]++;
    }
    for (let a = 0; a < input.articles.length; a++) starts[a + 1] += starts[a];
    return starts;
  });
  const order = inputs.flatMap((input, k) => input.articles.map((_, a) => [k, a] as const));
  order.sort(([k1, a1], [k2, a2]) => byName(inputs[k1].articles[a1].file, inputs[k2].articles[a2].file) || k1 - k2);
  for (const [k, a] of order) {
    const input = inputs[k];
    const { shard, ...article } = input.articles[a];
    writer.addArticle(article, input.manifest.shards[shard], input.mentions, ranges[k][a], ranges[k][a + 1], input.places);
  }
  for (const input of inputs) {
    writer.reject(...input.rejected);
    writer.read += input.manifest.counts.read;
  }
  if (writer.articleCount === 0) throw new Error('the inputs hold no articles');
  return writer.finish();
}
