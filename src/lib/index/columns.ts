/**
 * The index's columns: mentions put once in display order (article newest first, then sentence,
 * then offset) with their fields copied into typed columns in that order (index = rank), so walking
 * one place's ascending ranks reads memory forwards; each place keeps the ranks of its mentions
 * (one CSR array); mentions in one sentence share a sentence id (that is how several mentions
 * become one excerpt with several marks). Built from compact mention columns, never from mention
 * objects: 5 million mentions take about 45 bytes each here.
 */
import type { Article } from '../dataset';
import type { MentionColumns } from '../store/index.ts';
import { checkedDay, countByDay, type DayCounts } from './counting';
import { UNDATED, type DateBasis } from './types';

/** Per-mention data in display order (index = rank). */
export interface RankColumns {
  /** Index in the input mention columns. */
  mention: Uint32Array;
  article: Uint32Array;
  place: Uint32Array;
  /** Sentence cluster id: equal ids (adjacent ranks) form one excerpt. */
  sentence: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  day: Record<DateBasis, Int32Array>;
  /** The mention's own event day, or UNDATED. */
  eventDay: Int32Array;
}

export interface IndexColumns {
  rank: RankColumns;
  byDay: Record<DateBasis, DayCounts>;
  undatedPerPlace: Record<DateBasis, Uint32Array>;
  /** CSR: ranks of place p's mentions are placeRanks[placeStart[p] .. placeStart[p+1]), ascending. */
  placeStart: Uint32Array;
  placeRanks: Uint32Array;
  /** Rank range of each article's mentions: articleStart[a] .. articleStart[a] + articleCount[a]. */
  articleStart: Uint32Array;
  articleCount: Uint32Array;
  undated: { articles: number; mentions: number };
}

export function buildColumns(articles: readonly Article[], placeCount: number, m: MentionColumns): IndexColumns {
  const M = m.article.length;
  const published = new Int32Array(articles.length);
  let undatedArticles = 0;
  articles.forEach((a, i) => {
    if (a.published === undefined) undatedArticles++;
    published[i] = a.published === undefined ? UNDATED : checkedDay(a.published, `articles[${i}].published`);
  });
  let undatedMentions = 0;
  for (let i = 0; i < M; i++) {
    if (m.article[i] >= articles.length) throw new Error(`dataset: mention ${i} refers to unknown article ${m.article[i]}`);
    if (m.place[i] >= placeCount) throw new Error(`dataset: mention ${i} refers to unknown place ${m.place[i]}`);
    if (published[m.article[i]] === UNDATED) undatedMentions++;
  }

  const byRank = displayOrder(newestFirstArticles(articles, published), m);
  const rank: RankColumns = {
    mention: byRank, article: new Uint32Array(M), place: new Uint32Array(M), sentence: new Uint32Array(M),
    sentenceStart: new Uint32Array(M), sentenceEnd: new Uint32Array(M), start: new Uint32Array(M), end: new Uint32Array(M),
    day: { published: new Int32Array(M), event: new Int32Array(M) }, eventDay: new Int32Array(M),
  };
  const articleStart = new Uint32Array(articles.length);
  const articleCount = new Uint32Array(articles.length);
  for (let r = 0; r < M; r++) {
    const i = byRank[r];
    const a = m.article[i];
    if (articleCount[a]++ === 0) articleStart[a] = r;
    rank.article[r] = a;
    rank.place[r] = m.place[i];
    rank.sentenceStart[r] = m.sentenceStart[i];
    rank.sentenceEnd[r] = m.sentenceEnd[i];
    rank.start[r] = m.start[i];
    rank.end[r] = m.end[i];
    rank.day.published[r] = published[a];
    const event = m.eventDay[i];
    rank.eventDay[r] = event;
    rank.day.event[r] = event === UNDATED ? published[a] : event;
  }
  assignSentenceClusters(rank);

  const P = placeCount;
  const byDay = { published: countByDay(rank.day.published, rank.place, P), event: countByDay(rank.day.event, rank.place, P) };
  const undatedPerPlace = { published: new Uint32Array(P), event: new Uint32Array(P) };
  for (let r = 0; r < M; r++) {
    if (rank.day.published[r] === UNDATED) undatedPerPlace.published[rank.place[r]]++;
    if (rank.day.event[r] === UNDATED) undatedPerPlace.event[rank.place[r]]++;
  }
  // Counting sort of ranks by place: stable, so each place's ranks stay ascending.
  const placeStart = new Uint32Array(P + 1);
  for (let r = 0; r < M; r++) placeStart[rank.place[r] + 1]++;
  for (let p = 0; p < P; p++) placeStart[p + 1] += placeStart[p];
  const placeRanks = new Uint32Array(M);
  const fill = placeStart.slice(0, P);
  for (let r = 0; r < M; r++) placeRanks[fill[rank.place[r]]++] = r;

  return {
    rank, byDay, undatedPerPlace, placeStart, placeRanks, articleStart, articleCount,
    undated: { articles: undatedArticles, mentions: undatedMentions },
  };
}

/** Article order for the 'newest' view: published descending, undated last, ties by id. */
function newestFirstArticles(articles: readonly Article[], published: Int32Array): number[] {
  const order = articles.map((_, i) => i);
  order.sort((x, y) => {
    const dx = published[x];
    const dy = published[y];
    if (dx !== dy) {
      if (dx === UNDATED) return 1;
      if (dy === UNDATED) return -1;
      return dy - dx;
    }
    return articles[x].id < articles[y].id ? -1 : articles[x].id > articles[y].id ? 1 : 0;
  });
  return order;
}


/** Mention indices in display order: article (newest first), then sentence start, start, end. */
function displayOrder(articleOrder: number[], m: MentionColumns): Uint32Array {
  const A = articleOrder.length;
  const M = m.article.length;
  const rankOfArticle = new Uint32Array(A);
  articleOrder.forEach((a, r) => { rankOfArticle[a] = r; });
  // Bucket by article rank (linear), then sort each article's mentions by position.
  const bucket = new Uint32Array(A + 1);
  for (let i = 0; i < M; i++) bucket[rankOfArticle[m.article[i]] + 1]++;
  for (let r = 0; r < A; r++) bucket[r + 1] += bucket[r];
  const byRank = new Uint32Array(M);
  const fill = bucket.slice(0, A);
  for (let i = 0; i < M; i++) byRank[fill[rankOfArticle[m.article[i]]]++] = i;
  const before = (x: number, y: number): number =>
    m.sentenceStart[x] - m.sentenceStart[y] || m.start[x] - m.start[y] || m.end[x] - m.end[y] || x - y;
  for (let r = 0; r < A; r++) {
    const lo = bucket[r];
    const hi = bucket[r + 1];
    if (hi - lo <= 32) {
      // Insertion sort: an article's mentions are few and often already in text order.
      for (let i = lo + 1; i < hi; i++) {
        const x = byRank[i];
        let j = i - 1;
        while (j >= lo && before(byRank[j], x) > 0) { byRank[j + 1] = byRank[j]; j--; }
        byRank[j + 1] = x;
      }
    } else {
      byRank.subarray(lo, hi).sort(before);
    }
  }
  return byRank;
}

/** Sentence cluster ids: in display order, mentions of one article whose sentence spans overlap
 *  share an id (ingest gives identical spans for one sentence; overlap tolerates odd input). */
function assignSentenceClusters(col: RankColumns): void {
  let id = 0;
  let article = -1;
  let end = -1;
  for (let r = 0; r < col.mention.length; r++) {
    if (col.article[r] !== article || col.sentenceStart[r] >= end) {
      id++;
      article = col.article[r];
      end = col.sentenceEnd[r];
    } else if (col.sentenceEnd[r] > end) {
      end = col.sentenceEnd[r];
    }
    col.sentence[r] = id;
  }
}

