/**
 * The query index: what the map, the timeline and the excerpt sidebar ask of the dataset.
 * Pure TypeScript (no DOM, no Node APIs) so it can run in a Web Worker.
 *
 * Date semantics
 * - basis 'published': a mention's day is its article's `published`.
 * - basis 'event': a mention's day is its own `date` (an event date the text gives) when present,
 *   else its article's `published`.
 * - A mention with no day under the basis is "undated". Undated mentions are counted (and shown)
 *   only when `includeUndated` is true, and then regardless of the range.
 * - Ranges are inclusive YYYY-MM-DD; either end may be open (undefined or ''). A range with from > to matches no
 *   dated mention. An invalid date in a query throws (the URL parser filters user input first).
 *
 * How it is fast (a range drag must not drop frames) is in columns.ts, counting.ts, placeRuns.ts,
 * excerpts.ts and excerptList.ts.
 */
import type { Article, Mention, Place } from '../dataset';
import { buildColumns, type IndexColumns } from './columns';
import { Containment } from './containment';
import { countInRange, queryDays } from './counting';
import { dayString } from '../days/index';
import { excerptList } from './excerpts';
import { EMPTY_EXCERPTS } from './excerptList';
import { placeRuns, type PlaceRuns } from './placeRuns';
import {
  UNDATED, type DateBasis, type DateRange, type ExcerptList, type ExcerptOptions, type IndexInput, type OblastCollection,
  type OutsideResult, type PlaceIndex, type Query, type TextAccess,
} from './types';

/** Places whose runs are kept: a few selections back and forth stay cheap, memory stays bounded. */
const RUNS_KEPT = 4;

export class QueryIndex implements PlaceIndex {
  readonly articles: Article[];
  readonly places: Place[];
  readonly mentionCount: number;
  readonly undated: { articles: number; mentions: number };
  private readonly placeIds = new Map<string, number>();
  private articleIds?: Map<string, number>;
  private readonly columns: IndexColumns;
  private readonly texts?: TextAccess;
  private readonly histograms = new Map<DateBasis, { day: string; count: number }[]>();
  private readonly containment: Containment;
  /** The runs of the last places asked for excerpts (the selection, with and without inside). */
  private readonly runsCache = new Map<string, PlaceRuns>();

  constructor(input: IndexInput, oblasts?: OblastCollection) {
    this.articles = input.articles;
    this.places = input.places;
    this.texts = input.texts;
    this.mentionCount = input.mentions.article.length;
    input.places.forEach((p, i) => this.placeIds.set(p.id, i));
    this.columns = buildColumns(input.articles, input.places.length, input.mentions);
    this.undated = this.columns.undated;
    this.containment = new Containment(this.places, this.placeIds, oblasts);
  }

  place(id: string): Place | undefined {
    const i = this.placeIds.get(id);
    return i === undefined ? undefined : this.places[i];
  }

  indexOf(placeId: string): number {
    return this.placeIds.get(placeId) ?? -1;
  }

  countOf(counts: Uint32Array, placeId: string): number {
    const i = this.placeIds.get(placeId);
    return i === undefined ? 0 : counts[i];
  }

  counts(q: Query, into?: Uint32Array): Uint32Array {
    const P = this.places.length;
    if (into && into.length !== P) throw new Error(`counts: buffer has length ${into.length}, expected ${P} (one per place)`);
    const out = into ?? new Uint32Array(P);
    countInRange(this.columns.byDay[q.basis], q.range, q.includeUndated ? this.columns.undatedPerPlace[q.basis] : undefined, out);
    return out;
  }

  histogram(basis: DateBasis): readonly { day: string; count: number }[] {
    let h = this.histograms.get(basis);
    if (!h) {
      const { days, totals } = this.columns.byDay[basis];
      h = Array.from(days, (day, k) => ({ day: dayString(day), count: totals[k] }));
      this.histograms.set(basis, h);
    }
    return h;
  }

  extent(basis: DateBasis): DateRange {
    const { days } = this.columns.byDay[basis];
    return days.length === 0 ? {} : { from: dayString(days[0]), to: dayString(days[days.length - 1]) };
  }

  excerpts(placeId: string, q: Query, opts: ExcerptOptions = {}): ExcerptList {
    const runs = this.runsOf(placeId, opts.includeInside ?? false);
    if (!runs) return EMPTY_EXCERPTS;
    return excerptList(runs, q, opts.order ?? 'newest', this.columns, this.articles, this.places, this.texts);
  }

  outside(placeId: string, q: Query, opts: { includeInside?: boolean } = {}): OutsideResult {
    const ranks = this.ranksOf(placeId, opts.includeInside ?? false);
    const result: OutsideResult = { count: 0, undatedHidden: 0 };
    if (!ranks) return result;
    const day = this.columns.rank.day[q.basis];
    const sentence = this.columns.rank.sentence;
    const [from, to] = queryDays(q.range);
    let min = Infinity;
    let max = -Infinity;
    // Ranks ascend, so one sentence's mentions are adjacent: count a sentence once.
    let lastOutside = -1;
    let lastUndated = -1;
    for (let k = 0; k < ranks.length; k++) {
      const r = ranks[k];
      const d = day[r];
      const s = sentence[r];
      if (d === UNDATED) {
        if (!q.includeUndated && s !== lastUndated) { result.undatedHidden++; lastUndated = s; }
        continue;
      }
      if (d < min) min = d;
      if (d > max) max = d;
      if ((d < from || d > to) && s !== lastOutside) { result.count++; lastOutside = s; }
    }
    if (result.count > 0) result.range = { from: dayString(min), to: dayString(max) };
    return result;
  }

  placesInside(oblastId: string): string[] {
    return this.containment.placesInside(oblastId);
  }

  mentionsOf(articleId: string): Mention[] {
    this.articleIds ??= new Map(this.articles.map((a, i) => [a.id, i]));
    const a = this.articleIds.get(articleId);
    if (a === undefined) return [];
    const { rank, articleStart, articleCount } = this.columns;
    const mentions: Mention[] = [];
    for (let r = articleStart[a]; r < articleStart[a] + articleCount[a]; r++) {
      const mention: Mention = {
        article: articleId, place: this.places[rank.place[r]].id, start: rank.start[r], end: rank.end[r],
        sentence: [rank.sentenceStart[r], rank.sentenceEnd[r]],
      };
      if (rank.eventDay[r] !== UNDATED) mention.date = dayString(rank.eventDay[r]);
      mentions.push(mention);
    }
    return mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  }

  onTextsChange(listener: () => void): () => void {
    return this.texts?.onChange(listener) ?? (() => {});
  }

  /** The place's runs, made on its first `excerpts()` and kept for the next range changes. */
  private runsOf(placeId: string, includeInside: boolean): PlaceRuns | undefined {
    const key = `${includeInside ? 'inside' : 'own'}:${placeId}`;
    let runs = this.runsCache.get(key);
    if (!runs) {
      const ranks = this.ranksOf(placeId, includeInside);
      if (!ranks) return undefined;
      runs = placeRuns(ranks, this.columns.rank);
      if (this.runsCache.size >= RUNS_KEPT) this.runsCache.delete(this.runsCache.keys().next().value!);
      this.runsCache.set(key, runs);
    }
    return runs;
  }

  /** The place's mention ranks, ascending; with includeInside, merged with its inside places'. */
  private ranksOf(placeId: string, includeInside: boolean): Uint32Array | undefined {
    const { placeStart, placeRanks } = this.columns;
    const p = this.placeIds.get(placeId);
    if (p === undefined) return undefined;
    const own = placeRanks.subarray(placeStart[p], placeStart[p + 1]);
    if (!includeInside) return own;
    const ids = this.placesInside(placeId);
    if (ids.length === 0) return own;
    const parts = [own, ...ids.map((id) => {
      const i = this.placeIds.get(id)!;
      return placeRanks.subarray(placeStart[i], placeStart[i + 1]);
    })];
    const merged = new Uint32Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) { merged.set(part, at); at += part.length; }
    return merged.sort();
  }
}
