/**
 * Which mentions the current view holds: the selected place (and the places inside it, when the
 * sidebar includes them) or every place, within the date range under the date basis. The rules are
 * the query index's (src/lib/index): under 'published' a mention's day is its article's date; under
 * 'event' its own date when it has one, else its article's; undated mentions count only when
 * undated ones are included, whatever the range.
 */
import type { Article, Dataset, Mention, Place } from '../dataset.ts';
import type { Query } from '../index/index.ts';

export interface ExportView {
  query: Query;
  /** Only these places' mentions; undefined = every place. */
  places?: ReadonlySet<string>;
}

export interface ViewMention {
  mention: Mention;
  article: Article;
  place: Place;
}

export function mentionDay(mention: Mention, article: Article, basis: Query['basis']): string | undefined {
  return basis === 'event' ? (mention.date ?? article.published) : article.published;
}

export function inRange(day: string | undefined, query: Query): boolean {
  if (day === undefined) return query.includeUndated;
  const { from, to } = query.range;
  return (!from || day >= from) && (!to || day <= to);
}

/** The view's mentions, in dataset order. */
export function viewMentions(dataset: Dataset, view: ExportView): ViewMention[] {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const out: ViewMention[] = [];
  for (const mention of dataset.mentions) {
    if (view.places && !view.places.has(mention.place)) continue;
    const article = articles.get(mention.article);
    const place = places.get(mention.place);
    if (!article || !place || !inRange(mentionDay(mention, article, view.query.basis), view.query)) continue;
    out.push({ mention, article, place });
  }
  return out;
}
