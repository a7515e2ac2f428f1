/** The query index's public types: queries, excerpts, and the index itself. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Article, Mention, Place } from '../dataset';
import type { MentionColumns } from '../store/index.ts';

export type DateBasis = 'published' | 'event';
export const DATE_BASES: readonly DateBasis[] = ['published', 'event'];
/** Inclusive YYYY-MM-DD bounds; a missing end is open. */
export interface DateRange { from?: string; to?: string }
export interface Query { range: DateRange; basis: DateBasis; includeUndated: boolean }
export type ExcerptOrder = 'newest' | 'oldest';
export type OblastCollection = FeatureCollection<Polygon | MultiPolygon>;

/** A highlighted mention inside an excerpt; offsets are relative to `Excerpt.text`. */
export interface Mark { start: number; end: number; place: string; /** index in the mention columns (= in dataset.mentions for a Dataset) */ mention: number }

export interface Excerpt {
  article: Article;
  /** The excerpt's [start, end) span in `article.text` (UTF-16 offsets). */
  sentence: [number, number];
  /** `article.text` sliced to `sentence`. */
  text: string;
  /** Non-overlapping, in text order. When mentions overlap (e.g. "Kherson oblast" and "Kherson" with
   *  includeInside), the one that starts first, or the longer one at the same start, is marked. */
  marks: Mark[];
  /** The event date the text gives for this excerpt (the first mention's that has one), else undefined. */
  date?: string;
  /** Indices (as in Mark.mention) of every mention in this excerpt, including any left unmarked. */
  mentions: number[];
  /** Set while the article's text is not there: 'loading', or why it cannot be shown (a broken
   *  data file, named). `text` is then '' and `marks` empty. */
  unavailable?: string;
}

export interface ExcerptGroup {
  readonly article: Article;
  /** How many excerpts the group holds, known without building them. */
  readonly count: number;
  /** In text order. Built on first access, then cached: a range change costs only the excerpts a
   *  (virtualised) list actually shows, not the thousands a frequent place may have.
   *  Groups are live objects holding the index: to post them out of a Web Worker, send
   *  `JSON.parse(JSON.stringify(list))` (toJSON builds the excerpts) rather than the groups. */
  readonly excerpts: Excerpt[];
}

/**
 * A place's excerpt groups for one query, in display order, made on access by position: its length
 * and excerpt count are known from typed columns without one object per article, so a range change
 * at millions of mentions costs a scan, not a list. Iterable (`[...list]` for an array); a group
 * asked for twice is the same object. Plain data for a Web Worker: `JSON.parse(JSON.stringify(list))`
 * (an array of groups with their excerpts built).
 */
export interface ExcerptList extends Iterable<ExcerptGroup> {
  /** Number of groups (articles). */
  readonly length: number;
  /** Excerpts over all groups (the sum of their `count`s). */
  readonly excerptCount: number;
  /** The group at a position, 0 ≤ position < length (else a RangeError). */
  at(position: number): ExcerptGroup;
  /** Excerpts in the groups before a position (0 ≤ position ≤ length; at length, excerptCount):
   *  lets a virtual list find a row by binary search instead of flattening every excerpt. */
  excerptsBefore(position: number): number;
}

export interface ExcerptOptions {
  /** Groups by article `published`: 'newest' (default) or 'oldest' first; undated articles last. */
  order?: ExcerptOrder;
  /** For an oblast (or any place with places inside it): add the excerpts of those places. */
  includeInside?: boolean;
}

export interface OutsideResult {
  /** Excerpts of the place that are dated under the basis but fall outside the query's range. */
  count: number;
  /** The smallest range holding every dated excerpt of the place (set when count > 0). */
  range?: DateRange;
  /** Undated excerpts hidden because includeUndated is false. */
  undatedHidden: number;
}

/**
 * Access to article texts that load lazily (the layout's text shards, src/lib/store). Without one
 * every article's `text` is there from the start (a single-file Dataset).
 */
export interface TextAccess {
  /** Is the article's text loaded (its `text` field filled)? */
  has(article: number): boolean;
  /** Start loading the article's text; listeners of `onChange` hear when it arrives. */
  request(article: number): void;
  /** Why the article's text cannot be loaded, naming the broken file, if so. */
  problem(article: number): string | undefined;
  onChange(listener: () => void): () => void;
}

/** What the index is built from: article metadata (texts may arrive later), places, mention columns. */
export interface IndexInput {
  articles: Article[];
  places: Place[];
  mentions: MentionColumns;
  texts?: TextAccess;
}

export interface PlaceIndex {
  readonly articles: Article[];
  readonly places: Place[];
  readonly mentionCount: number;
  place(id: string): Place | undefined;
  /** Position of a place in `places` (and in `counts()` arrays), or -1. */
  indexOf(placeId: string): number;
  /** Mentions per place for a query, aligned with `places`. Pass `into` (length = number of
   *  places) to reuse a buffer; otherwise a new array is returned (so reactive UIs see a change). */
  counts(q: Query, into?: Uint32Array): Uint32Array;
  /** Read a place's entry from a `counts()` result by id (0 for an unknown id). */
  countOf(counts: Uint32Array, placeId: string): number;
  /** Mentions per day under the basis: only days that have mentions, ascending. Cached: do not mutate. */
  histogram(basis: DateBasis): readonly { day: string; count: number }[];
  /** A place's excerpts for a query, grouped by article, as a lazy list (see ExcerptList). Unknown
   *  place: an empty list. Excerpts whose article text is not loaded yet are `unavailable` and ask
   *  for it; `onTextsChange` says when to ask again. */
  excerpts(placeId: string, q: Query, opts?: ExcerptOptions): ExcerptList;
  /** For the empty state: what the range hides of this place (same includeInside as the sidebar). */
  outside(placeId: string, q: Query, opts?: { includeInside?: boolean }): OutsideResult;
  /** Ids of the places inside an oblast, in `places` order: those whose `parent` chain reaches
   *  it, else (no admin-1 ancestor known) point-like places whose lon/lat lies in its polygon. */
  placesInside(oblastId: string): string[];
  /** An article's mentions, sorted by start (for the reader view). Unknown article: []. */
  mentionsOf(articleId: string): Mention[];
  /** Articles without a `published` date, and the mentions in them. */
  readonly undated: { articles: number; mentions: number };
  /** First and last day with a dated mention under the basis ({} when there is none). */
  extent(basis: DateBasis): DateRange;
  /** Called when lazily loaded texts arrive; returns the unsubscribe function. */
  onTextsChange(listener: () => void): () => void;
}

/** Sentinel day for "no date under this basis" (never a real day number); the same value as the
 *  layout's NO_DAY, so event days read from mention columns need no translation. */
export const UNDATED = -0x80000000;
