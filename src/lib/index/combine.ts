/**
 * Index inputs put together and taken apart: the bundled corpus (a lazy layout whose texts arrive
 * from shards) plus articles the user added in the page (a Dataset with its texts), and back to one
 * Dataset for export, loading the texts that are not there yet.
 */
import type { Article, Dataset, Mention } from '../dataset';
import { dayString } from '../days/index';
import { emptyColumns, setMention } from '../store/index.ts';
import { indexInputOf } from './fromDataset';
import { UNDATED, type IndexInput, type TextAccess } from './types';

/** `base` then `extra` as one input: extra's places not in base are appended; its mentions point at
 *  the combined lists; texts of base articles still come from base's text access. */
export function combineInputs(base: IndexInput, extra: Dataset): IndexInput {
  const added = indexInputOf(extra);
  const placeAt = new Map(base.places.map((p, i) => [p.id, i]));
  const places = [...base.places];
  const placeMap = added.places.map((p) => {
    const known = placeAt.get(p.id);
    if (known !== undefined) return known;
    places.push(p);
    return places.length - 1;
  });
  const baseCount = base.mentions.article.length;
  const addedCount = added.mentions.article.length;
  const mentions = emptyColumns(baseCount + addedCount);
  for (const name of Object.keys(mentions) as (keyof typeof mentions)[]) mentions[name].set(base.mentions[name]);
  const articleOffset = base.articles.length;
  for (let i = 0; i < addedCount; i++) {
    const from = added.mentions;
    setMention(mentions, baseCount + i, from.article[i] + articleOffset, placeMap[from.place[i]], from.start[i], from.end[i],
      from.sentenceStart[i], from.sentenceEnd[i], from.eventDay[i]);
  }
  return { articles: [...base.articles, ...added.articles], places, mentions, texts: base.texts && offsetTexts(base.texts, articleOffset) };
}

/** Base articles (below `count`) load lazily; the added ones carry their texts. */
function offsetTexts(texts: TextAccess, count: number): TextAccess {
  return {
    has: (article) => article >= count || texts.has(article),
    request: (article) => { if (article < count) texts.request(article); },
    problem: (article) => (article < count ? texts.problem(article) : undefined),
    onChange: (listener) => texts.onChange(listener),
  };
}

/** Resolves once the article's text is loaded, or rejects naming the broken data file. */
function textOf(texts: TextAccess, article: number, articles: readonly Article[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      const problem = texts.problem(article);
      if (problem) reject(new Error(problem));
      else if (texts.has(article)) resolve(articles[article].text);
      else return false;
      return true;
    };
    if (settle()) return;
    const stop = texts.onChange(() => { if (settle()) stop(); });
    texts.request(article);
  });
}

/** The whole input as a single-file Dataset (texts copied as they arrive, shard by shard). */
export async function materializeDataset(input: IndexInput): Promise<Dataset> {
  const articles: Article[] = [];
  for (let a = 0; a < input.articles.length; a++) {
    const text = input.texts ? await textOf(input.texts, a, input.articles) : input.articles[a].text;
    articles.push({ ...input.articles[a], text });
  }
  const { mentions: columns, places } = input;
  const mentions: Mention[] = [];
  for (let i = 0; i < columns.article.length; i++) {
    const day = columns.eventDay[i];
    mentions.push({
      article: articles[columns.article[i]].id,
      place: places[columns.place[i]].id,
      start: columns.start[i],
      end: columns.end[i],
      sentence: [columns.sentenceStart[i], columns.sentenceEnd[i]],
      ...(day === UNDATED ? {} : { date: dayString(day) }),
    });
  }
  return { version: 1, articles, places: [...places], mentions, rejected: [] };
}
