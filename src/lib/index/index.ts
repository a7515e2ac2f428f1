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
 * Design for speed (a range drag must not drop frames):
 * - Per basis, the dated mentions' day numbers are sorted once (Int32Array) with their place index
 *   alongside (Uint32Array); a range is two binary searches plus one tight loop over the mentions
 *   inside it. Undated mentions are pre-counted per place, so the toggle costs one pass over places.
 * - Mentions are put once in display order (article newest first, then sentence, then offset), with
 *   their fields copied into typed columns in that order; each place keeps the ranks of its
 *   mentions (one CSR array), so a place's excerpts are a filtered forward walk over a sorted list.
 *   Mentions in one sentence share a sentence id assigned at build time: that is how several
 *   mentions become one excerpt with several marks.
 * - `excerpts()` returns article groups whose excerpt objects are built on first access: a place
 *   with 10k excerpts costs a range change only the groups a virtualised list shows.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Feature } from 'geojson';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Article, Dataset, Place, PlaceKind } from '../dataset';
import { dayNumber, dayString } from './days';

export type DateBasis = 'published' | 'event';
export const DATE_BASES: readonly DateBasis[] = ['published', 'event'];
/** Inclusive YYYY-MM-DD bounds; a missing end is open. */
export interface DateRange { from?: string; to?: string }
export interface Query { range: DateRange; basis: DateBasis; includeUndated: boolean }
export type ExcerptOrder = 'newest' | 'oldest';
export type OblastCollection = FeatureCollection<Polygon | MultiPolygon>;

/** A highlighted mention inside an excerpt; offsets are relative to `Excerpt.text`. */
export interface Mark { start: number; end: number; place: string; /** index in dataset.mentions */ mention: number }

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
  /** Indices in dataset.mentions of every mention in this excerpt, including any left unmarked. */
  mentions: number[];
}

export interface ExcerptGroup {
  readonly article: Article;
  /** How many excerpts the group holds, known without building them. */
  readonly count: number;
  /** In text order. Built on first access, then cached: a range change costs only the excerpts a
   *  (virtualised) list actually shows, not the thousands a frequent place may have.
   *  Groups are live objects holding the index: to post them out of a Web Worker, send
   *  `JSON.parse(JSON.stringify(groups))` (toJSON builds the excerpts) rather than the groups. */
  readonly excerpts: Excerpt[];
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

export interface PlaceIndex {
  readonly dataset: Dataset;
  place(id: string): Place | undefined;
  /** Position of a place in dataset.places (and in `counts()` arrays), or -1. */
  indexOf(placeId: string): number;
  /** Mentions per place for a query, aligned with dataset.places. Pass `into` (length = number of
   *  places) to reuse a buffer; otherwise a new array is returned (so reactive UIs see a change). */
  counts(q: Query, into?: Uint32Array): Uint32Array;
  /** Read a place's entry from a `counts()` result by id (0 for an unknown id). */
  countOf(counts: Uint32Array, placeId: string): number;
  /** Mentions per day under the basis: only days that have mentions, ascending. Cached: do not mutate. */
  histogram(basis: DateBasis): readonly { day: string; count: number }[];
  /** A place's excerpts for a query, grouped by article. Unknown place: []. */
  excerpts(placeId: string, q: Query, opts?: ExcerptOptions): ExcerptGroup[];
  /** For the empty state: what the range hides of this place (same includeInside as the sidebar). */
  outside(placeId: string, q: Query, opts?: { includeInside?: boolean }): OutsideResult;
  /** Ids of the places inside an oblast, in dataset.places order: those whose `parent` chain reaches
   *  it, else (no admin-1 ancestor known) point-like places whose lon/lat lies in its polygon. */
  placesInside(oblastId: string): string[];
  /** Articles without a `published` date, and the mentions in them. */
  readonly undated: { articles: number; mentions: number };
  /** First and last day with a dated mention under the basis ({} when there is none). */
  extent(basis: DateBasis): DateRange;
}

/** Sentinel day for "no date under this basis" (never a real day number). */
const UNDATED = -0x80000000;

/** Kinds whose lon/lat stands for the whole place, so a point-in-polygon test says where it is.
 *  Rivers, seas, reservoirs, canals, regions and admin units span borders: their representative
 *  point would put e.g. the Dnipro "inside" whichever oblast holds it, so they count as inside only
 *  through `parent`. */
const POINT_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['city', 'town', 'village', 'dam', 'power_plant']);

interface SortedDays { days: Int32Array; places: Uint32Array }

/**
 * Build the index. `oblasts` (admin-1 polygons whose feature `id`, or `properties.id`, is the
 * place id, e.g. `kherson-oblast`) enables point-in-polygon for `placesInside`; without it only
 * `place.parent` links are used. Throws on a dataset whose mentions point at unknown articles or
 * places, or whose dates are not real YYYY-MM-DD dates.
 */
export function buildIndex(dataset: Dataset, oblasts?: OblastCollection): PlaceIndex {
  return new QueryIndex(dataset, oblasts);
}

/** Per-mention data in display order (index = rank), so walking one place's ascending ranks reads
 *  memory forwards instead of chasing mention objects around the heap. */
interface RankColumns {
  mention: Uint32Array;
  article: Uint32Array;
  place: Uint32Array;
  /** Sentence cluster id: equal ids (adjacent ranks) form one excerpt. */
  sentence: Uint32Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  start: Int32Array;
  end: Int32Array;
  day: Record<DateBasis, Int32Array>;
  /** 1 when the mention carries its own event date. */
  hasDate: Uint8Array;
}

class QueryIndex implements PlaceIndex {
  readonly undated: { articles: number; mentions: number };
  private readonly placeIds = new Map<string, number>();
  private readonly rank: RankColumns;
  private readonly sorted: Record<DateBasis, SortedDays>;
  private readonly undatedPerPlace: Record<DateBasis, Uint32Array>;
  /** CSR: ranks of place p's mentions are placeRanks[placeStart[p] .. placeStart[p+1]), ascending. */
  private readonly placeStart: Uint32Array;
  private readonly placeRanks: Uint32Array;
  private readonly histograms = new Map<DateBasis, { day: string; count: number }[]>();
  private readonly insideCache = new Map<string, string[]>();
  private readonly oblastFeatures = new Map<string, Feature<Polygon | MultiPolygon>>();

  constructor(readonly dataset: Dataset, oblasts?: OblastCollection) {
    const { articles, places, mentions } = dataset;
    const M = mentions.length;
    const P = places.length;
    places.forEach((p, i) => this.placeIds.set(p.id, i));
    const articleIds = new Map<string, number>();
    articles.forEach((a, i) => articleIds.set(a.id, i));

    const published = new Int32Array(articles.length);
    articles.forEach((a, i) => {
      published[i] = a.published === undefined ? UNDATED : checkedDay(a.published, `articles[${i}].published`);
    });

    // One pass over the mention objects into columns (by mention index).
    const byMention = {
      article: new Uint32Array(M), place: new Uint32Array(M), eventDay: new Int32Array(M),
      sentenceStart: new Int32Array(M), sentenceEnd: new Int32Array(M), start: new Int32Array(M), end: new Int32Array(M),
    };
    const dayCache = new Map<string, number>(); // a corpus repeats few distinct dates
    let undatedMentions = 0;
    for (let i = 0; i < M; i++) {
      const m = mentions[i];
      const a = articleIds.get(m.article);
      if (a === undefined) throw new Error(`dataset: mentions[${i}] refers to unknown article "${m.article}"`);
      const p = this.placeIds.get(m.place);
      if (p === undefined) throw new Error(`dataset: mentions[${i}] refers to unknown place "${m.place}"`);
      byMention.article[i] = a;
      byMention.place[i] = p;
      byMention.start[i] = m.start;
      byMention.end[i] = m.end;
      byMention.sentenceStart[i] = m.sentence[0];
      byMention.sentenceEnd[i] = m.sentence[1];
      let event = UNDATED;
      if (m.date !== undefined) {
        event = dayCache.get(m.date) ?? checkedDay(m.date, `mentions[${i}].date`);
        dayCache.set(m.date, event);
      }
      byMention.eventDay[i] = event;
      if (published[a] === UNDATED) undatedMentions++;
    }
    this.undated = { articles: articles.filter((a) => a.published === undefined).length, mentions: undatedMentions };

    // Gather the columns in display order.
    const byRank = displayOrder(newestFirstArticles(articles, published), byMention);
    const rank: RankColumns = {
      mention: byRank, article: new Uint32Array(M), place: new Uint32Array(M), sentence: new Uint32Array(M),
      sentenceStart: new Int32Array(M), sentenceEnd: new Int32Array(M), start: new Int32Array(M), end: new Int32Array(M),
      day: { published: new Int32Array(M), event: new Int32Array(M) }, hasDate: new Uint8Array(M),
    };
    for (let r = 0; r < M; r++) {
      const i = byRank[r];
      const a = byMention.article[i];
      rank.article[r] = a;
      rank.place[r] = byMention.place[i];
      rank.sentenceStart[r] = byMention.sentenceStart[i];
      rank.sentenceEnd[r] = byMention.sentenceEnd[i];
      rank.start[r] = byMention.start[i];
      rank.end[r] = byMention.end[i];
      rank.day.published[r] = published[a];
      const event = byMention.eventDay[i];
      rank.hasDate[r] = event === UNDATED ? 0 : 1;
      rank.day.event[r] = event === UNDATED ? published[a] : event;
    }
    assignSentenceClusters(rank);
    this.rank = rank;

    this.sorted = { published: sortByDay(rank.day.published, rank.place), event: sortByDay(rank.day.event, rank.place) };
    this.undatedPerPlace = { published: new Uint32Array(P), event: new Uint32Array(P) };
    for (let r = 0; r < M; r++) {
      if (rank.day.published[r] === UNDATED) this.undatedPerPlace.published[rank.place[r]]++;
      if (rank.day.event[r] === UNDATED) this.undatedPerPlace.event[rank.place[r]]++;
    }

    // Counting sort of ranks by place: stable, so each place's ranks stay ascending.
    this.placeStart = new Uint32Array(P + 1);
    for (let r = 0; r < M; r++) this.placeStart[rank.place[r] + 1]++;
    for (let p = 0; p < P; p++) this.placeStart[p + 1] += this.placeStart[p];
    this.placeRanks = new Uint32Array(M);
    const fill = this.placeStart.slice(0, P);
    for (let r = 0; r < M; r++) this.placeRanks[fill[rank.place[r]]++] = r;

    for (const f of oblasts?.features ?? []) {
      const id = f.id ?? (f.properties as { id?: unknown } | null)?.id;
      if (id !== undefined && id !== null) this.oblastFeatures.set(String(id), f);
    }
  }

  place(id: string): Place | undefined {
    const i = this.placeIds.get(id);
    return i === undefined ? undefined : this.dataset.places[i];
  }

  indexOf(placeId: string): number {
    return this.placeIds.get(placeId) ?? -1;
  }

  countOf(counts: Uint32Array, placeId: string): number {
    const i = this.placeIds.get(placeId);
    return i === undefined ? 0 : counts[i];
  }

  counts(q: Query, into?: Uint32Array): Uint32Array {
    const P = this.dataset.places.length;
    if (into && into.length !== P) throw new Error(`counts: buffer has length ${into.length}, expected ${P} (one per place)`);
    const out = into ?? new Uint32Array(P);
    out.fill(0);
    const { days, places } = this.sorted[q.basis];
    const [lo, hi] = rangeBounds(days, q.range);
    for (let i = lo; i < hi; i++) out[places[i]]++;
    if (q.includeUndated) {
      const undated = this.undatedPerPlace[q.basis];
      for (let p = 0; p < P; p++) out[p] += undated[p];
    }
    return out;
  }

  histogram(basis: DateBasis): readonly { day: string; count: number }[] {
    let h = this.histograms.get(basis);
    if (!h) {
      h = [];
      const { days } = this.sorted[basis];
      for (let i = 0; i < days.length; ) {
        let j = i + 1;
        while (j < days.length && days[j] === days[i]) j++;
        h.push({ day: dayString(days[i]), count: j - i });
        i = j;
      }
      this.histograms.set(basis, h);
    }
    return h;
  }

  extent(basis: DateBasis): DateRange {
    const { days } = this.sorted[basis];
    return days.length === 0 ? {} : { from: dayString(days[0]), to: dayString(days[days.length - 1]) };
  }

  excerpts(placeId: string, q: Query, opts: ExcerptOptions = {}): ExcerptGroup[] {
    const ranks = this.ranksOf(placeId, opts.includeInside ?? false);
    if (!ranks) return [];
    const col = this.rank;
    const day = col.day[q.basis];
    const [from, to] = queryDays(q.range);
    // One pass: keep the matching ranks (already in display order) and cut them into article
    // groups, counting sentences on the way; excerpt objects are built per group on demand.
    const picked = new Uint32Array(ranks.length);
    const source: ExcerptSource = { dataset: this.dataset, col, picked };
    const articles = this.dataset.articles;
    const groups: ExcerptGroup[] = [];
    let n = 0;
    let groupStart = 0;
    let count = 0;
    let lastArticle = -1;
    let lastSentence = -1;
    for (let k = 0; k < ranks.length; k++) {
      const r = ranks[k];
      const d = day[r];
      if (d === UNDATED ? !q.includeUndated : d < from || d > to) continue;
      const a = col.article[r];
      if (a !== lastArticle) {
        if (lastArticle >= 0) groups.push(new LazyGroup(articles[lastArticle], count, source, groupStart, n));
        lastArticle = a;
        groupStart = n;
        count = 0;
        lastSentence = -1;
      }
      if (col.sentence[r] !== lastSentence) { count++; lastSentence = col.sentence[r]; }
      picked[n++] = r;
    }
    if (lastArticle >= 0) groups.push(new LazyGroup(articles[lastArticle], count, source, groupStart, n));
    if (opts.order === 'oldest') groups.sort(oldestFirst);
    return groups;
  }

  outside(placeId: string, q: Query, opts: { includeInside?: boolean } = {}): OutsideResult {
    const ranks = this.ranksOf(placeId, opts.includeInside ?? false);
    const result: OutsideResult = { count: 0, undatedHidden: 0 };
    if (!ranks) return result;
    const day = this.rank.day[q.basis];
    const sentence = this.rank.sentence;
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
    let inside = this.insideCache.get(oblastId);
    if (inside) return inside;
    inside = [];
    const feature = this.oblastFeatures.get(oblastId);
    // A bounding-box test first: most places are far away, and the polygon test walks every vertex.
    const [west, south, east, north] = feature ? bbox(feature) : [0, 0, 0, 0];
    const inPolygon = (p: Place): boolean => feature !== undefined
      && p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north
      && booleanPointInPolygon([p.lon, p.lat], feature);
    const byId = this.placeIds;
    const places = this.dataset.places;
    // Walk `parent` links up to the first admin-1 place (the step limit guards against cycles).
    const admin1Of = (p: Place): string | undefined => {
      let cur: Place | undefined = p;
      for (let steps = 0; cur?.parent !== undefined && steps < places.length; steps++) {
        const next = byId.get(cur.parent);
        if (next === undefined) return cur.parent === oblastId ? oblastId : undefined;
        cur = places[next];
        if (cur.kind === 'admin1') return cur.id;
      }
      return undefined;
    };
    for (const p of places) {
      if (p.id === oblastId) continue;
      // A known admin-1 parent (GeoNames admin codes) decides: it is exact where simplified
      // polygons blur a border. Only places without one are placed by their point.
      const admin1 = admin1Of(p);
      const isInside = admin1 !== undefined
        ? admin1 === oblastId
        : POINT_KINDS.has(p.kind) && inPolygon(p);
      if (isInside) inside.push(p.id);
    }
    this.insideCache.set(oblastId, inside);
    return inside;
  }

  /** The place's mention ranks, ascending; with includeInside, merged with its inside places'. */
  private ranksOf(placeId: string, includeInside: boolean): Uint32Array | undefined {
    const p = this.placeIds.get(placeId);
    if (p === undefined) return undefined;
    const own = this.placeRanks.subarray(this.placeStart[p], this.placeStart[p + 1]);
    if (!includeInside) return own;
    const ids = this.placesInside(placeId);
    if (ids.length === 0) return own;
    const parts = [own, ...ids.map((id) => {
      const i = this.placeIds.get(id)!;
      return this.placeRanks.subarray(this.placeStart[i], this.placeStart[i + 1]);
    })];
    const merged = new Uint32Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) { merged.set(part, at); at += part.length; }
    return merged.sort();
  }
}

function checkedDay(iso: string, where: string): number {
  const d = dayNumber(iso);
  if (d === undefined) throw new Error(`dataset: ${where} "${iso}" is not a real YYYY-MM-DD date`);
  return d;
}

/** [from, to] as day numbers, open ends as ±Infinity. */
function queryDays(range: DateRange): [number, number] {
  // '' is what a cleared <input type="date"> gives: an open end, like undefined.
  const from = range.from === undefined || range.from === '' ? -Infinity : dayNumber(range.from);
  const to = range.to === undefined || range.to === '' ? Infinity : dayNumber(range.to);
  if (from === undefined) throw new Error(`query: "from" date "${range.from}" is not a real YYYY-MM-DD date`);
  if (to === undefined) throw new Error(`query: "to" date "${range.to}" is not a real YYYY-MM-DD date`);
  return [from, to];
}

/** Index bounds [lo, hi) of the sorted days inside the range. */
function rangeBounds(days: Int32Array, range: DateRange): [number, number] {
  const [from, to] = queryDays(range);
  if (from > to) return [0, 0];
  return [lowerBound(days, from), lowerBound(days, to + 1)];
}

/** First position whose day is >= target. */
function lowerBound(days: Int32Array, target: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The dated mentions sorted by day (stable), with their places alongside. A counting sort: linear
 *  in mentions plus days spanned, and a corpus spans few days compared with its mention count. */
function sortByDay(day: Int32Array, placeOf: Uint32Array): SortedDays {
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  for (let i = 0; i < day.length; i++) {
    const d = day[i];
    if (d === UNDATED) continue;
    dated++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const days = new Int32Array(dated);
  const places = new Uint32Array(dated);
  if (dated === 0) return { days, places };
  const next = new Uint32Array(max - min + 2);
  for (let i = 0; i < day.length; i++) if (day[i] !== UNDATED) next[day[i] - min + 1]++;
  for (let k = 1; k < next.length; k++) next[k] += next[k - 1];
  for (let i = 0; i < day.length; i++) {
    const d = day[i];
    if (d === UNDATED) continue;
    const at = next[d - min]++;
    days[at] = d;
    places[at] = placeOf[i];
  }
  return { days, places };
}

/** Article order for the 'newest' view: published descending, undated last, ties by id. */
function newestFirstArticles(articles: Article[], published: Int32Array): number[] {
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

function oldestFirst(x: ExcerptGroup, y: ExcerptGroup): number {
  const dx = x.article.published;
  const dy = y.article.published;
  if (dx !== dy) {
    if (dx === undefined) return 1;
    if (dy === undefined) return -1;
    return dx < dy ? -1 : 1;
  }
  return x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0;
}

interface MentionColumns { article: Uint32Array; sentenceStart: Int32Array; start: Int32Array; end: Int32Array }

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

/** What a group needs to build its excerpts: the matching ranks of one `excerpts()` call. */
interface ExcerptSource { dataset: Dataset; col: RankColumns; picked: Uint32Array }

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
function buildExcerpts({ dataset, col, picked }: ExcerptSource, from: number, to: number): Excerpt[] {
  const { articles, places, mentions } = dataset;
  const excerpts: Excerpt[] = [];
  let excerpt: Excerpt | undefined;
  let lastSentence = -1;
  for (let k = from; k < to; k++) {
    const r = picked[k];
    const s0 = col.sentenceStart[r];
    const s1 = col.sentenceEnd[r];
    const m = col.mention[r];
    const mark: Mark = { start: col.start[r], end: col.end[r], place: places[col.place[r]].id, mention: m };
    const date = col.hasDate[r] === 1 ? mentions[m].date : undefined;
    if (col.sentence[r] !== lastSentence || !excerpt) {
      if (excerpt) finishExcerpt(excerpt);
      // One-element literals, not [] + push: a pushed-to empty array reserves room for 17.
      excerpt = { article: articles[col.article[r]], sentence: [s0, s1], text: '', marks: [mark], date, mentions: [m] };
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

/** Slice the text and make marks relative to it, sorted and non-overlapping. */
function finishExcerpt(e: Excerpt): void {
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
