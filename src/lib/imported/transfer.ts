/**
 * Mentions packed into typed arrays to cross from the worker to the page. Structured cloning tens
 * of thousands of small objects costs the receiving thread hundreds of milliseconds; transferred
 * typed arrays cost nothing, and rebuilding the objects from them is a tight loop.
 */
import type { Mention } from '../dataset.ts';

export interface PackedMentions {
  articles: string[];
  places: string[];
  dates: string[];
  /** Per mention: article index, place index, start, end, sentence start, sentence end, date index + 1 (0 = none). */
  columns: Uint32Array;
}

const WIDTH = 7;

export function packMentions(mentions: readonly Mention[]): PackedMentions {
  const tables = { articles: new Map<string, number>(), places: new Map<string, number>(), dates: new Map<string, number>() };
  const indexIn = (table: Map<string, number>, key: string) => {
    let at = table.get(key);
    if (at === undefined) table.set(key, (at = table.size));
    return at;
  };
  const columns = new Uint32Array(mentions.length * WIDTH);
  mentions.forEach((m, i) => {
    const row = i * WIDTH;
    columns[row] = indexIn(tables.articles, m.article);
    columns[row + 1] = indexIn(tables.places, m.place);
    columns[row + 2] = m.start;
    columns[row + 3] = m.end;
    columns[row + 4] = m.sentence[0];
    columns[row + 5] = m.sentence[1];
    columns[row + 6] = m.date === undefined ? 0 : indexIn(tables.dates, m.date) + 1;
  });
  return { articles: [...tables.articles.keys()], places: [...tables.places.keys()], dates: [...tables.dates.keys()], columns };
}

export function unpackMentions(packed: PackedMentions): Mention[] {
  const { articles, places, dates, columns } = packed;
  const mentions: Mention[] = new Array(columns.length / WIDTH);
  for (let i = 0, row = 0; row < columns.length; i++, row += WIDTH) {
    const mention: Mention = {
      article: articles[columns[row]], place: places[columns[row + 1]], start: columns[row + 2], end: columns[row + 3],
      sentence: [columns[row + 4], columns[row + 5]],
    };
    if (columns[row + 6] > 0) mention.date = dates[columns[row + 6] - 1];
    mentions[i] = mention;
  }
  return mentions;
}
