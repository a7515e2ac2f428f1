export { openArticleStore, type ArticleStore } from './articleStore.ts';
