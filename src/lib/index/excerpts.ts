/**
 * Excerpts: a place's matching mentions cut into article groups in one pass over its ranks (already
 * in display order) into typed arrays; a group is made when the list is asked for it, and builds
 * its excerpt objects on first access, so a place with 600k excerpts costs a range change only the
 * scan and the groups a virtualised list shows. An excerpt whose article
 * text has not arrived yet is marked unavailable and its text requested.
 */
import type { Article, Place } from '../dataset';
import type { IndexColumns, RankColumns } from './columns';
import { queryDays } from './counting';
import { dayString } from '../days/index';
import { UNDATED, type Excerpt, type ExcerptGroup, type ExcerptList, type ExcerptOrder, type Mark, type Query, type TextAccess } from './types';
import { EMPTY_EXCERPTS, LazyExcerptList } from './excerptList';
import type { PlaceRuns } from './placeRuns';

/** What a group needs to build its excerpts: the matching ranks of one `excerpts()` call. */
interface ExcerptSource { articles: readonly Article[]; places: readonly Place[]; col: RankColumns; picked: Uint32Array; texts?: TextAccess }

/** The groups of a place's runs that match the query, as a lazy list in the asked order. One pass
 *  (per article on the published basis, per mention on the event basis) fills typed arrays; no
 *  per-article object is made. */
export function excerptList(
  runs: PlaceRuns, q: Query, order: ExcerptOrder, columns: IndexColumns, articles: readonly Article[], places: readonly Place[],
  texts?: TextAccess,
): ExcerptList {
  const { ranks, runStart, runArticle, runPublished, runSentences, eventDay, sentence } = runs;
  const [from, to] = queryDays(q.range);
  const runCount = runArticle.length;
  // At most one group per run; the arrays are cut to the groups found.
  const groupArticle = new Uint32Array(runCount);
  const rankStart = new Uint32Array(runCount);
  const rankEnd = new Uint32Array(runCount);
  const groupCount = new Uint32Array(runCount);
  const matches = (d: number) => (d === UNDATED ? q.includeUndated : d >= from && d <= to);
  let groups = 0;
  let picked: Uint32Array;
  let n = 0;
  if (q.basis === 'published') {
    // An article's mentions share its day: whole runs match, and the groups' ranks are the place's.
    picked = ranks;
    for (let j = 0; j < runCount; j++) {
      if (!matches(runPublished[j])) continue;
      groupArticle[groups] = runArticle[j];
      rankStart[groups] = runStart[j];
      groupCount[groups] = runSentences[j];
      rankEnd[groups++] = runStart[j + 1];
    }
  } else {
    picked = new Uint32Array(ranks.length);
    for (let j = 0; j < runCount; j++) {
      const groupStart = n;
      let count = 0;
      let lastSentence = -1;
      for (let k = runStart[j]; k < runStart[j + 1]; k++) {
        if (!matches(eventDay[k])) continue;
        if (sentence[k] !== lastSentence) { count++; lastSentence = sentence[k]; }
        picked[n++] = ranks[k];
      }
      if (n === groupStart) continue;
      groupArticle[groups] = runArticle[j];
      rankStart[groups] = groupStart;
      groupCount[groups] = count;
      rankEnd[groups++] = n;
    }
  }
  if (groups === 0) return EMPTY_EXCERPTS;
  const shown = order === 'oldest' ? oldestFirst(groupArticle.subarray(0, groups), articles) : undefined;
  const before = new Uint32Array(groups + 1);
  for (let i = 0; i < groups; i++) before[i + 1] = before[i] + groupCount[shown ? shown[i] : i];
  const source: ExcerptSource = { articles, places, col: columns.rank, picked, texts };
  return new LazyExcerptList(
    (position) => articles[groupArticle[shown ? shown[position] : position]],
    rankStart, rankEnd, before, shown,
    (article, count, start, end) => new LazyGroup(article, count, source, start, end),
  );
}

/**
 * Positions of newest-first groups in oldest-first order, in linear time: the newest order is
 * published descending with ties by id and undated last, so oldest first reverses the runs of
 * one day, keeps each run's id order, and leaves the undated where they are.
 */
function oldestFirst(newestArticles: Uint32Array, articles: readonly Article[]): Uint32Array {
  const count = newestArticles.length;
  const shown = new Uint32Array(count);
  let dated = 0;
  while (dated < count && articles[newestArticles[dated]].published !== undefined) dated++;
  let out = 0;
  let runEnd = dated;
  while (runEnd > 0) {
    const published = articles[newestArticles[runEnd - 1]].published;
    let runStart = runEnd - 1;
    while (runStart > 0 && articles[newestArticles[runStart - 1]].published === published) runStart--;
    for (let g = runStart; g < runEnd; g++) shown[out++] = g;
    runEnd = runStart;
  }
  for (let g = dated; g < count; g++) shown[out++] = g;
  return shown;
}

class LazyGroup implements ExcerptGroup {
  private built?: Excerpt[];
  constructor(
    readonly article: Article,
    readonly count: number,
    private readonly source: ExcerptSource,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get excerpts(): Excerpt[] {
    return (this.built ??= buildExcerpts(this.source, this.from, this.to));
  }

  /** Plain data for JSON.stringify (a getter on the prototype is not serialised). */
  toJSON(): { article: Article; count: number; excerpts: Excerpt[] } {
    return { article: this.article, count: this.count, excerpts: this.excerpts };
  }
}

/** The excerpts of picked[from..to): one article's matching mentions, in display order. */
function buildExcerpts({ articles, places, col, picked, texts }: ExcerptSource, from: number, to: number): Excerpt[] {
  const excerpts: Excerpt[] = [];
  let excerpt: Excerpt | undefined;
  let lastSentence = -1;
  const articleNumber = from < to ? col.article[picked[from]] : -1;
  let unavailable: string | undefined;
  if (texts && articleNumber >= 0 && !texts.has(articleNumber)) {
    unavailable = texts.problem(articleNumber);
    if (unavailable === undefined) {
      texts.request(articleNumber);
      unavailable = 'loading';
    }
  }
  for (let k = from; k < to; k++) {
    const r = picked[k];
    const s0 = col.sentenceStart[r];
    const s1 = col.sentenceEnd[r];
    const m = col.mention[r];
    const mark: Mark = { start: col.start[r], end: col.end[r], place: places[col.place[r]].id, mention: m };
    const date = col.eventDay[r] === UNDATED ? undefined : dayString(col.eventDay[r]);
    if (col.sentence[r] !== lastSentence || !excerpt) {
      if (excerpt) finishExcerpt(excerpt);
      // One-element literals, not [] + push: a pushed-to empty array reserves room for 17.
      excerpt = { article: articles[col.article[r]], sentence: [s0, s1], text: '', marks: [mark], date, mentions: [m] };
      if (unavailable !== undefined) excerpt.unavailable = unavailable;
      excerpts.push(excerpt);
      lastSentence = col.sentence[r];
    } else {
      // Same sentence cluster: ingest normally gives identical spans; take the union if not.
      if (s0 < excerpt.sentence[0]) excerpt.sentence[0] = s0;
      if (s1 > excerpt.sentence[1]) excerpt.sentence[1] = s1;
      excerpt.marks.push(mark);
      excerpt.mentions.push(m);
      if (excerpt.date === undefined) excerpt.date = date;
    }
  }
  if (excerpt) finishExcerpt(excerpt);
  return excerpts;
}

/** Slice the text and make marks relative to it, sorted and non-overlapping (none while the text
 *  is unavailable). */
function finishExcerpt(e: Excerpt): void {
  if (e.unavailable !== undefined) {
    e.marks.length = 0;
    return;
  }
  const [s0, s1] = e.sentence;
  e.text = e.article.text.slice(s0, s1);
  const marks = e.marks;
  if (marks.length > 1) {
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    let kept = 0;
    let lastEnd = -1;
    for (const mark of marks) {
      if (mark.start >= lastEnd) { marks[kept++] = mark; lastEnd = mark.end; }
    }
    marks.length = kept;
  }
  for (const mark of marks) { mark.start -= s0; mark.end -= s0; }
}
