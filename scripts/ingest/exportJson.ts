/**
 * A layout directory -> the single-file Dataset JSON of PRODUCT.md (the interchange and export
 * format), written as a stream of small pieces: the file can exceed V8's largest string, and
 * memory holds one text shard at a time. Keys are in the Dataset schema's order, so the output is
 * byte for byte what JSON.stringify of the validated Dataset gives.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { articleSchema, placeSchema, rejectedSchema, type Mention } from '../../src/lib/dataset.ts';
import { dayString } from '../../src/lib/index/index.ts';
import { NO_DAY } from '../../src/lib/store/index.ts';
import { readLayoutDir, readShardTexts } from './layoutFiles.ts';

const FLUSH_BYTES = 1 << 20;

export async function exportDatasetJson(layoutDir: string, outFile: string): Promise<void> {
  const { manifest, places, articles, mentions, rejected } = await readLayoutDir(layoutDir);
  const tmp = `${outFile}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  const write = (piece: string) => {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength >= FLUSH_BYTES) flush();
  };
  const flush = () => {
    writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  try {
    write('{"version":1,"articles":[');
    let shardNumber = -1;
    let texts: string[] = [];
    articles.forEach((meta, i) => {
      if (meta.shard !== shardNumber) {
        shardNumber = meta.shard;
        texts = readShardTexts(layoutDir, manifest.shards[shardNumber]);
      }
      const { shard: _shard, slot, ...rest } = meta;
      write(`${i ? ',' : ''}${JSON.stringify(articleSchema.parse({ ...rest, text: texts[slot] }))}`);
    });
    write(`],"places":${JSON.stringify(places.map((p) => placeSchema.parse(p)))},"mentions":[`);
    for (let i = 0; i < mentions.article.length; i++) {
      const mention: Mention = {
        article: articles[mentions.article[i]].id, place: places[mentions.place[i]].id, start: mentions.start[i], end: mentions.end[i],
        sentence: [mentions.sentenceStart[i], mentions.sentenceEnd[i]],
      };
      if (mentions.eventDay[i] !== NO_DAY) mention.date = dayString(mentions.eventDay[i]);
      write(`${i ? ',' : ''}${JSON.stringify(mention)}`);
    }
    write(`],"rejected":${JSON.stringify(rejected.map((r) => rejectedSchema.parse(r)))}}\n`);
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, outFile);
}
