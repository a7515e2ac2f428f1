/**
 * Deterministic synthetic datasets for the index's property tests and `npm run bench:index`
 * (not used by the app). Shaped like a news corpus: ~20 mentions per article, one to three
 * mentions per sentence, a few very frequent places and a long tail (Zipf-like), a share of undated
 * articles and of mentions with their own event date.
 */
import type { Article, Dataset, Mention, Place, PlaceKind } from '../../src/lib/dataset';
import { dayNumber, dayString } from '../../src/lib/days/index';
import { seededRandom } from './random';

export interface SyntheticOptions {
  mentions: number;
  places?: number;
  /** Days over which articles are published. */
  days?: number;
  /** First publication day, YYYY-MM-DD. */
  firstDay?: string;
  mentionsPerArticle?: number;
  undatedArticleShare?: number;
  eventDateShare?: number;
  seed?: number;
}


const SENTENCE_LENGTH = 100;
const SLOT = 25;
const KINDS: PlaceKind[] = ['city', 'town', 'village', 'river', 'dam', 'admin1'];

export function syntheticDataset(opts: SyntheticOptions): Dataset {
  const {
    mentions: mentionCount, places: placeCount = 2000, days = 120, firstDay = '2022-09-01',
    mentionsPerArticle = 20, undatedArticleShare = 0.03, eventDateShare = 0.25, seed = 1,
  } = opts;
  const rand = seededRandom(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const day0 = dayNumber(firstDay);
  if (day0 === undefined) throw new Error(`syntheticDataset: firstDay "${firstDay}" is not a YYYY-MM-DD date`);
  // Event dates may precede the first publication by up to two weeks.
  const dayStrings = Array.from({ length: days + 14 }, (_, i) => dayString(day0 - 14 + i));
  const publishedDay = () => dayStrings[14 + int(days)];

  const places: Place[] = Array.from({ length: placeCount }, (_, i) => ({
    id: `p${i}`,
    name: `Place ${i}`,
    kind: KINDS[i % KINDS.length],
    lon: 22 + rand() * 18,
    lat: 44.5 + rand() * 7.5,
  }));
  // Zipf-like popularity (weight 1/rank): cumulative weights, sampled by binary search.
  const cumulative = new Float64Array(placeCount);
  let total = 0;
  for (let i = 0; i < placeCount; i++) cumulative[i] = total += 1 / (i + 1);
  const randomPlace = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = placeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return places[lo].id;
  };

  const articleCount = Math.max(1, Math.ceil(mentionCount / mentionsPerArticle));
  // Every article's text is a slice of one shared string, so a million mentions cost little memory.
  const longest = (mentionCount - (articleCount - 1) * mentionsPerArticle + mentionsPerArticle) * SENTENCE_LENGTH;
  const shared = 'The quick brown fox jumps over the lazy dog near the river. '.repeat(Math.ceil(longest / 60) + 1);
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  for (let a = 0; a < articleCount; a++) {
    const n = a === articleCount - 1 ? mentionCount - mentions.length : mentionsPerArticle;
    const id = `a${a}`;
    const published = rand() < undatedArticleShare ? undefined : publishedDay();
    let sentence = 0;
    let slot = 0;
    for (let k = 0; k < n; k++) {
      // One to three mentions per sentence.
      if (k > 0 && (slot === 3 || rand() < 0.6)) { sentence++; slot = 0; }
      const s0 = sentence * SENTENCE_LENGTH;
      const start = s0 + 5 + slot * SLOT;
      slot++;
      const mention: Mention = { article: id, place: randomPlace(), start, end: start + 8, sentence: [s0, s0 + SENTENCE_LENGTH - 1] };
      if (rand() < eventDateShare) mention.date = dayStrings[int(dayStrings.length)];
      mentions.push(mention);
    }
    const text = shared.slice(0, (sentence + 1) * SENTENCE_LENGTH);
    articles.push({ id, file: `${id}.txt`, title: `Article ${a}`, language: 'en', text, ...(published ? { published } : {}) });
  }
  // Shuffle mentions so the index cannot rely on ingest order.
  for (let i = mentions.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [mentions[i], mentions[j]] = [mentions[j], mentions[i]];
  }
  // Re-create the objects in array order, as JSON.parse of a dataset file would lay them out in
  // memory (otherwise every access would be a cache miss no real dataset pays).
  const laidOut = mentions.map((m): Mention => ({ ...m, sentence: [m.sentence[0], m.sentence[1]] }));
  return { version: 1, articles, places, mentions: laidOut, rejected: [] };
}
