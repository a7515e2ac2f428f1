/**
 * A small hand-built Dataset written as readable text: `[Surface|place-id]` marks a mention and
 * `[Surface|place-id|YYYY-MM-DD]` one with an event date. Offsets and sentence spans are computed,
 * so the expectations in the tests can be checked by reading the texts below.
 */
import { datasetSchema, type Article, type Dataset, type Mention, type Place } from '../../src/lib/dataset';

export interface FixtureArticle { id: string; published?: string; text: string }

export function datasetFrom(places: Place[], articles: FixtureArticle[]): Dataset {
  const outArticles: Article[] = [];
  const mentions: Mention[] = [];
  for (const a of articles) {
    let text = '';
    const found: { start: number; end: number; place: string; date?: string }[] = [];
    const marker = /\[([^|\]]+)\|([^|\]]+)(?:\|([^\]]+))?\]/g;
    let last = 0;
    for (let m = marker.exec(a.text); m; m = marker.exec(a.text)) {
      text += a.text.slice(last, m.index);
      found.push({ start: text.length, end: text.length + m[1].length, place: m[2], ...(m[3] ? { date: m[3] } : {}) });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += a.text.slice(last);
    for (const f of found) mentions.push({ article: a.id, place: f.place, start: f.start, end: f.end, sentence: sentenceAround(text, f.start), ...(f.date ? { date: f.date } : {}) });
    outArticles.push({ id: a.id, file: `${a.id}.txt`, title: a.id, language: 'en', text, ...(a.published ? { published: a.published } : {}) });
  }
  // Validate like the app does, so the fixture cannot drift from the contract.
  return datasetSchema.parse({ version: 1, articles: outArticles, places, mentions, rejected: [] });
}

/** [start, end) of the sentence holding `at` (sentences end with . ! or ?). */
export function sentenceAround(text: string, at: number): [number, number] {
  const sentence = /[^.!?]+[.!?]*/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (at >= start && at < end) return [start, end];
  }
  throw new Error(`fixture: offset ${at} is in no sentence`);
}

export const places: Place[] = [
  { id: 'kherson', name: 'Kherson', kind: 'city', lon: 32.62, lat: 46.64 },
  { id: 'nova-kakhovka', name: 'Nova Kakhovka', kind: 'city', lon: 33.37, lat: 46.76 },
  { id: 'kherson-oblast', name: 'Kherson Oblast', kind: 'admin1', lon: 33.0, lat: 46.6 },
  // A river whose representative point lies inside the oblast polygon: not "inside" the oblast.
  { id: 'dnipro', name: 'Dnipro', kind: 'river', lon: 33.0, lat: 46.7 },
  { id: 'kyiv', name: 'Kyiv', kind: 'city', lon: 30.52, lat: 50.45 },
  // Coordinates outside the polygon on purpose: inside only through `parent`.
  { id: 'oleshky', name: 'Oleshky', kind: 'town', lon: 32.0, lat: 47.5, parent: 'kherson-oblast' },
  // Inside the rectangle, but its known admin-1 parent says otherwise: the parent wins.
  { id: 'mykolaiv-oblast', name: 'Mykolaiv Oblast', kind: 'admin1', lon: 31.9, lat: 47.4 },
  { id: 'snihurivka', name: 'Snihurivka', kind: 'town', lon: 32.8, lat: 47.07, parent: 'mykolaiv-oblast' },
];

export const articles: FixtureArticle[] = [
  {
    id: 'a1', published: '2022-11-09',
    text: 'Shoigu ordered a withdrawal from [Kherson|kherson] to the east bank of the [Dnipro|dnipro]. '
      + 'Officials in [Kyiv|kyiv] were cautious. Residents of [Nova Kakhovka|nova-kakhovka|2022-11-08] left on Tuesday.',
  },
  {
    id: 'a2', published: '2022-11-11',
    text: 'Ukrainian troops entered [Kherson|kherson], and crowds in central [Kherson|kherson] celebrated. '
      + 'The [Kherson region|kherson-oblast] stays contested, said [Kyiv|kyiv].',
  },
  {
    id: 'a3', published: '2022-11-15',
    text: 'Civil servants left [Nova Kakhovka|nova-kakhovka]. [Oleshky|oleshky|2022-11-12] was shelled on Saturday. '
      + 'Recall that [Kherson|kherson|2022-11-11] was retaken on 11 November.',
  },
  {
    id: 'a4',
    text: '[Kherson|kherson] was quiet. [Kyiv|kyiv|2022-11-10] announced aid on 10 November.',
  },
];

/** A rectangle standing in for Kherson oblast: lon 32.2–34.0, lat 46.0–47.2. */
export const oblasts = {
  type: 'FeatureCollection' as const,
  features: [{
    type: 'Feature' as const,
    id: 'kherson-oblast',
    properties: { name: 'Kherson' },
    geometry: { type: 'Polygon' as const, coordinates: [[[32.2, 46.0], [34.0, 46.0], [34.0, 47.2], [32.2, 47.2], [32.2, 46.0]]] },
  }],
};

export const fixture = (): Dataset => datasetFrom(places, articles);
