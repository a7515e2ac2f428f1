/**
 * What the page calls the corpus: the story's title and description, or, without a story, a title
 * derived from the data: the folder's name, the article count and the publication date span.
 */
import { formatRange, plural } from '../format';
import type { Dataset } from '../dataset';
import type { PublishedStory } from './published';

export interface CorpusTitle {
  title: string;
  description?: string;
}

export function corpusTitle(published: PublishedStory, dataset: Pick<Dataset, 'articles'>): CorpusTitle {
  if (published.story) return { title: published.story.title, description: published.story.description };
  const days = dataset.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const span = days.length ? formatRange({ from: days[0], to: days[days.length - 1] }) : 'undated';
  return { title: published.folder, description: `${plural(dataset.articles.length, 'article')} · ${span}` };
}
