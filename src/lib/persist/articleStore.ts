/**
 * The user's own articles, kept on this device in IndexedDB (nothing leaves the machine). Each
 * article is one record with its mentions; places are shared records. An import is written in one
 * transaction: it is kept whole or not at all.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article, Dataset, Mention, Place } from '../dataset.ts';
import { placesUsedBy } from '../imported/index.ts';

interface ArticleRecord {
  id: string;
  article: Article;
  mentions: Mention[];
  /** When it was added (ms since 1970): articles are listed in the order they came. */
  added: number;
}

interface MyArticlesDb extends DBSchema {
  articles: { key: string; value: ArticleRecord };
  places: { key: string; value: Place };
  settings: { key: string; value: unknown };
}

const DB_NAME = 'placeline-my-articles';

export interface ArticleStore {
  /** Everything kept, as one Dataset (articles in the order they were added). */
  load(): Promise<Dataset>;
  /** Adds a dataset's articles, mentions and places in one transaction. */
  add(dataset: Dataset): Promise<void>;
  remove(articleId: string): Promise<void>;
  clear(): Promise<void>;
  readSetting<T>(key: string): Promise<T | undefined>;
  writeSetting(key: string, value: unknown): Promise<void>;
  close(): void;
}

export async function openArticleStore(name = DB_NAME): Promise<ArticleStore> {
  const db: IDBPDatabase<MyArticlesDb> = await openDB<MyArticlesDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('articles', { keyPath: 'id' });
      database.createObjectStore('places', { keyPath: 'id' });
      database.createObjectStore('settings');
    },
  });

  return {
    async load() {
      const tx = db.transaction(['articles', 'places'], 'readonly');
      const [records, places] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('places').getAll()]);
      records.sort((a, b) => a.added - b.added || (a.id < b.id ? -1 : 1));
      const mentions = records.flatMap((r) => r.mentions);
      return {
        version: 1,
        articles: records.map((r) => r.article),
        places: placesUsedBy(mentions, new Map(places.map((p) => [p.id, p]))),
        mentions,
        rejected: [],
      };
    },
    async add(dataset) {
      const byArticle = new Map<string, Mention[]>(dataset.articles.map((a) => [a.id, []]));
      for (const m of dataset.mentions) byArticle.get(m.article)?.push(m);
      const added = Date.now();
      const tx = db.transaction(['articles', 'places'], 'readwrite');
      const articles = tx.objectStore('articles');
      const places = tx.objectStore('places');
      const writes: Promise<unknown>[] = [];
      for (const article of dataset.articles) writes.push(articles.put({ id: article.id, article, mentions: byArticle.get(article.id)!, added }));
      for (const place of dataset.places) writes.push(places.put(place));
      await Promise.all([...writes, tx.done]);
    },
    async remove(articleId) {
      await db.delete('articles', articleId);
    },
    async clear() {
      const tx = db.transaction(['articles', 'places'], 'readwrite');
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('places').clear(), tx.done]);
    },
    async readSetting<T>(key: string) {
      return (await db.get('settings', key)) as T | undefined;
    },
    async writeSetting(key, value) {
      await db.put('settings', value, key);
    },
    close() {
      db.close();
    },
  };
}
