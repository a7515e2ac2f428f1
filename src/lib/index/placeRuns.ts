/**
 * A place's mentions (its ranks) cut into runs of one article each, with the fields a range change
 * reads copied into arrays in that order. Made once per selected place (a gather over the columns)
 * and reused: a range change then reads memory in sequence, and on the published basis, where
 * every mention of an article shares its day, decides per article rather than per mention.
 */
import type { RankColumns } from './columns';

export interface PlaceRuns {
  /** The place's ranks, ascending (display order). */
  ranks: Uint32Array;
  /** Where each run starts in `ranks`, plus one sentinel (= ranks.length) at the end. */
  runStart: Uint32Array;
  runArticle: Uint32Array;
  /** The run's published day (UNDATED for an undated article). */
  runPublished: Int32Array;
  /** Sentence clusters (excerpts) in the whole run. */
  runSentences: Uint32Array;
  /** Per mention in `ranks` order: the event-basis day and the sentence id. */
  eventDay: Int32Array;
  sentence: Uint32Array;
}

export function placeRuns(ranks: Uint32Array, col: RankColumns): PlaceRuns {
  const count = ranks.length;
  const eventDay = new Int32Array(count);
  const sentence = new Uint32Array(count);
  const starts: number[] = [];
  const sentences: number[] = [];
  let lastArticle = -1;
  let lastSentence = -1;
  for (let k = 0; k < count; k++) {
    const r = ranks[k];
    eventDay[k] = col.day.event[r];
    sentence[k] = col.sentence[r];
    if (col.article[r] !== lastArticle) {
      lastArticle = col.article[r];
      starts.push(k);
      sentences.push(0);
      lastSentence = -1;
    }
    if (sentence[k] !== lastSentence) { sentences[sentences.length - 1]++; lastSentence = sentence[k]; }
  }
  const runs = starts.length;
  const runStart = new Uint32Array(runs + 1);
  runStart.set(starts);
  runStart[runs] = count;
  const runArticle = new Uint32Array(runs);
  const runPublished = new Int32Array(runs);
  for (let j = 0; j < runs; j++) {
    const r = ranks[starts[j]];
    runArticle[j] = col.article[r];
    runPublished[j] = col.day.published[r];
  }
  return { ranks, runStart, runArticle, runPublished, runSentences: Uint32Array.from(sentences), eventDay, sentence };
}
