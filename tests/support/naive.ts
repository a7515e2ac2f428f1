/**
 * The obvious full-scan answers to the index's questions: the reference for property tests and the
 * baseline the benchmark compares against. Deliberately simple (string dates, Maps), never used by the app.
 */
import type { Dataset } from '../../src/lib/dataset';
import type { Query } from '../../src/lib/index/index';

function dateUnder(q: Query, published: Map<string, string | undefined>, m: Dataset['mentions'][number]): string | undefined {
  return q.basis === 'event' ? (m.date ?? published.get(m.article)) : published.get(m.article);
}

function matches(q: Query, date: string | undefined): boolean {
  if (date === undefined) return q.includeUndated;
  return (q.range.from === undefined || date >= q.range.from) && (q.range.to === undefined || date <= q.range.to);
}

/** Mentions per place id (places with none are absent). */
export function naiveCounts(dataset: Dataset, q: Query): Map<string, number> {
  const published = new Map(dataset.articles.map((a) => [a.id, a.published]));
  const counts = new Map<string, number>();
  for (const m of dataset.mentions) {
    if (matches(q, dateUnder(q, published, m))) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  }
  return counts;
}

export interface NaiveGroup { article: string; excerpts: { sentence: [number, number]; text: string; mentions: number[] }[] }

/** A place's excerpts: mentions in range, grouped by article (newest first, undated last, ties by
 *  id), merged per sentence span, in text order. */
export function naiveExcerpts(dataset: Dataset, placeId: string, q: Query): NaiveGroup[] {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const published = new Map(dataset.articles.map((a) => [a.id, a.published]));
  const byArticle = new Map<string, number[]>();
  dataset.mentions.forEach((m, i) => {
    if (m.place !== placeId || !matches(q, dateUnder(q, published, m))) return;
    const list = byArticle.get(m.article) ?? [];
    list.push(i);
    byArticle.set(m.article, list);
  });
  const groups: NaiveGroup[] = [...byArticle].map(([article, list]) => {
    const text = articles.get(article)!.text;
    list.sort((x, y) => dataset.mentions[x].sentence[0] - dataset.mentions[y].sentence[0] || dataset.mentions[x].start - dataset.mentions[y].start);
    const excerpts: NaiveGroup['excerpts'] = [];
    for (const i of list) {
      const [s0, s1] = dataset.mentions[i].sentence;
      const last = excerpts[excerpts.length - 1];
      if (last && last.sentence[0] === s0 && last.sentence[1] === s1) last.mentions.push(i);
      else excerpts.push({ sentence: [s0, s1], text: text.slice(s0, s1), mentions: [i] });
    }
    return { article, excerpts };
  });
  groups.sort((x, y) => {
    const dx = published.get(x.article);
    const dy = published.get(y.article);
    if (dx !== dy) return dx === undefined ? 1 : dy === undefined ? -1 : dx > dy ? -1 : 1;
    return x.article < y.article ? -1 : 1;
  });
  return groups;
}
