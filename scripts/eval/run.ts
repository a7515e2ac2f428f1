/** Runs the real ingest pipeline over a benchmark's articles and scores its place mentions. */
import type { Gazetteer } from '../../src/lib/gazetteer/index';
import { ingestFiles } from '../../src/lib/ingest/pipeline';
import { alignSpans } from './align';
import type { Benchmark } from './read';
import { scoreArticle, type ArticleScore, type PredictedToponym } from './score';

export interface EvalResult { scores: ArticleScore[]; unaligned: number }

/** A .txt file with front matter per article, so the pipeline reads it as it reads a corpus file. */
function asCorpusFile(id: string, title: string, text: string): { name: string; bytes: Uint8Array } {
  const front = `---\ntitle: ${JSON.stringify(title || id)}\nlanguage: en\n---\n`;
  return { name: `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.txt`, bytes: new TextEncoder().encode(front + text) };
}

export function evaluate(bench: Benchmark, gazetteer: Gazetteer): EvalResult {
  const files = bench.articles.map((a, k) => asCorpusFile(`${String(k).padStart(5, '0')}_${a.id}`, a.title, a.text));
  const { dataset } = ingestFiles(files, gazetteer);
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  const mentionsOf = new Map<string, typeof dataset.mentions>();
  for (const m of dataset.mentions) {
    const list = mentionsOf.get(m.article) ?? [];
    list.push(m);
    mentionsOf.set(m.article, list);
  }
  let unaligned = 0;
  const scores = bench.articles.map((a, k) => {
    const id = files[k].name.replace(/\.txt$/, '');
    const article = byId.get(id);
    const mentions = (mentionsOf.get(id) ?? []).sort((x, y) => x.start - y.start);
    const spans = alignSpans(a.text, mentions.map((m) => ({ surface: article!.text.slice(m.start, m.end), start: m.start })));
    const predicted: PredictedToponym[] = [];
    mentions.forEach((m, i) => {
      const span = spans[i];
      const place = gazetteer.get(m.place);
      if (!span || !place) { unaligned++; return; }
      predicted.push({ ...span, lat: place.lat, lon: place.lon, place: m.place });
    });
    return scoreArticle(a.toponyms, predicted);
  });
  return { scores, unaligned };
}
