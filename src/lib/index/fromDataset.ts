/** A single-file Dataset (mention objects) -> the compact input the index is built from. */
import type { Dataset } from '../dataset';
import { emptyColumns } from '../store/index.ts';
import { checkedDay } from './counting';
import { UNDATED, type IndexInput } from './types';

/** Throws on a mention that points at an unknown article or place, or has an impossible date. */
export function indexInputOf(dataset: Dataset): IndexInput {
  const { articles, places, mentions } = dataset;
  const articleIds = new Map(articles.map((a, i) => [a.id, i]));
  const placeIds = new Map(places.map((p, i) => [p.id, i]));
  const columns = emptyColumns(mentions.length);
  const dayCache = new Map<string, number>(); // a corpus repeats few distinct dates
  mentions.forEach((m, i) => {
    const a = articleIds.get(m.article);
    if (a === undefined) throw new Error(`dataset: mentions[${i}] refers to unknown article "${m.article}"`);
    const p = placeIds.get(m.place);
    if (p === undefined) throw new Error(`dataset: mentions[${i}] refers to unknown place "${m.place}"`);
    columns.article[i] = a;
    columns.place[i] = p;
    columns.start[i] = m.start;
    columns.end[i] = m.end;
    columns.sentenceStart[i] = m.sentence[0];
    columns.sentenceEnd[i] = m.sentence[1];
    let event = UNDATED;
    if (m.date !== undefined) {
      event = dayCache.get(m.date) ?? checkedDay(m.date, `mentions[${i}].date`);
      dayCache.set(m.date, event);
    }
    columns.eventDay[i] = event;
  });
  return { articles, places, mentions: columns };
}
