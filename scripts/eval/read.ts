/**
 * Readers for the public geoparsing benchmarks' XML: GeoWebNews (`<article file>`, `<toponym>` with
 * `<type>`, `<latitude>`, `<longitude>`) and LGL / TR-News (`<article docid>`, `<toponym>` with
 * `<phrase>` and `<gaztag><lat/><lon/></gaztag>`). Offsets are UTF-16 offsets into `<text>`.
 */
import { XMLParser } from 'fast-xml-parser';

export type BenchmarkFormat = 'GeoWebNews' | 'LGL/TR-News';

export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  /** Undefined when the annotation gives no coordinates (not scored, predictions on it ignored). */
  lat?: number;
  lon?: number;
  /** False for annotations that name no place (demonyms, languages, non-toponyms). */
  isPlace: boolean;
  /** The benchmark's annotation type where it has one (GeoWebNews: Literal, Metonymic, …). */
  type?: string;
}

export interface BenchmarkArticle {
  id: string;
  title: string;
  text: string;
  toponyms: GoldToponym[];
}

export interface Benchmark {
  format: BenchmarkFormat;
  articles: BenchmarkArticle[];
}

export class BenchmarkFormatError extends Error {}

/** GeoWebNews types that name a place (the README of the data set; Gritta et al. 2020). */
const PLACE_TYPES = new Set(['Literal', 'Literal_Modifier', 'Non_Literal_Modifier', 'Metonymic', 'Mixed', 'Coercion', 'Embedded_Literal', 'Embedded_Non_Lit', 'Homonym']);
/** Wider phrases that contain a toponym: neither a place span nor an error to hit. */
const EXPRESSION_TYPES = new Set(['Literal_Expression', 'Non_Lit_Expression']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'article' || name === 'toponym',
});

type Node = Record<string, unknown>;

const asText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' && '#text' in v ? String((v as Node)['#text']) : '');
const asNumber = (v: unknown): number | undefined => {
  const s = asText(v).trim();
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

function offsets(t: Node, where: string): { start: number; end: number } {
  const start = asNumber(t.start), end = asNumber(t.end);
  if (start === undefined || end === undefined || end <= start) throw new BenchmarkFormatError(`${where}: toponym without valid <start>/<end>`);
  return { start, end };
}

/** How far from its stated offset an annotation's name is looked for (offsets counted in code points, entities). */
const OFFSET_SLACK = 200;

/**
 * The annotated span, checked against the text: some files count offsets differently (code points
 * instead of UTF-16 units, entities undecoded), so a name not at its offsets is taken from the
 * nearest place it occurs within OFFSET_SLACK characters.
 */
export function placedSpan(text: string, name: string, at: { start: number; end: number }): { start: number; end: number } | undefined {
  if (!name || text.slice(at.start, at.end) === name) return at.end <= text.length ? at : undefined;
  let best: number | undefined;
  for (let i = text.indexOf(name, Math.max(0, at.start - OFFSET_SLACK)); i >= 0 && i <= at.start + OFFSET_SLACK; i = text.indexOf(name, i + 1)) {
    if (best === undefined || Math.abs(i - at.start) < Math.abs(best - at.start)) best = i;
  }
  return best === undefined ? undefined : { start: best, end: best + name.length };
}

/** Parse benchmark XML; throws BenchmarkFormatError saying why when it is none of the formats. */
export function readBenchmark(xml: string, file = 'input'): Benchmark {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    throw new BenchmarkFormatError(`${file}: not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  const root = doc.articles as Node | undefined;
  if (!root || typeof root !== 'object') throw new BenchmarkFormatError(`${file}: no <articles> root element (expected GeoWebNews, LGL or TR-News XML)`);
  const list = (root.article as Node[] | undefined) ?? [];
  if (!list.length) throw new BenchmarkFormatError(`${file}: <articles> holds no <article>`);
  const first = list[0];
  const format: BenchmarkFormat | undefined = '@file' in first ? 'GeoWebNews' : '@docid' in first ? 'LGL/TR-News' : undefined;
  if (!format) throw new BenchmarkFormatError(`${file}: <article> has neither a "file" (GeoWebNews) nor a "docid" (LGL/TR-News) attribute`);
  const articles = list.map((a, k): BenchmarkArticle => {
    const id = asText(a[format === 'GeoWebNews' ? '@file' : '@docid']) || String(k);
    const where = `${file}: article ${id}`;
    if (!('text' in a)) throw new BenchmarkFormatError(`${where}: no <text>`);
    const text = asText(a.text);
    const toponymNodes = ((a.toponyms as Node | undefined)?.toponym as Node[] | undefined) ?? [];
    const toponyms: GoldToponym[] = [];
    for (const t of toponymNodes) {
      const name = asText(format === 'GeoWebNews' ? t.extractedName : t.phrase);
      const span = placedSpan(text, name, offsets(t, where));
      if (!span) throw new BenchmarkFormatError(`${where}: toponym "${name}" is not at ${asText(t.start)}-${asText(t.end)} nor near it in the text`);
      if (format === 'GeoWebNews') {
        const type = asText(t.type).trim();
        if (EXPRESSION_TYPES.has(type)) continue;
        toponyms.push({ ...span, name, lat: asNumber(t.latitude), lon: asNumber(t.longitude), isPlace: PLACE_TYPES.has(type), type });
      } else {
        const tag = t.gaztag as Node | undefined;
        toponyms.push({ ...span, name, lat: asNumber(tag?.lat), lon: asNumber(tag?.lon), isPlace: true });
      }
    }
    toponyms.sort((x, y) => x.start - y.start || x.end - y.end);
    return { id, title: asText(a.title).trim(), text, toponyms };
  });
  return { format, articles };
}
