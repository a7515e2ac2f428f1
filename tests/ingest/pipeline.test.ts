/**
 * ingestFiles end to end with the real gazetteer and geoparser: the default corpus and small
 * made-up files for the metadata paths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/lib/dataset.ts';
import { loadGazetteer } from '../../src/lib/gazetteer/index.ts';
import { articleIdOf, ingestFiles, rejectionBeforeReading, type InputFile } from '../../src/lib/ingest/pipeline.ts';

const CORPUS = join(import.meta.dirname, '../../corpus');
const gazetteer = loadGazetteer();
const encode = (s: string) => new TextEncoder().encode(s);
const corpusFiles: InputFile[] = readdirSync(CORPUS).filter((name) => name.endsWith(".md")).map((name) => ({ name, bytes: readFileSync(join(CORPUS, name)) }));

describe('ingestFiles on the default corpus', () => {
  const { dataset, warnings } = ingestFiles(corpusFiles, gazetteer);
  const article = (prefix: string) => dataset.articles.find((a) => a.id.startsWith(prefix))!;
  const mentionsIn = (prefix: string, phrase: string) =>
    dataset.mentions.filter((m) => m.article === article(prefix).id && article(prefix).text.slice(...m.sentence).includes(phrase));

  it('ingests all five articles with their metadata, without warnings, and validates', () => {
    expect(dataset.articles.map((a) => a.id)).toEqual(corpusFiles.map((f) => articleIdOf(f.name)).sort());
    expect(dataset.rejected).toEqual([]);
    expect(warnings).toEqual([]);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(article('000').publishedPrecision).toBe('estimate');
    expect(article('003').language).toBe('id');
    expect(article('001').url).toMatch(/^https:\/\/news\.antiwar\.com\//);
  });

  it('every mention sits inside its trimmed sentence, which never crosses a blank line', () => {
    expect(dataset.mentions.length).toBeGreaterThan(30);
    for (const m of dataset.mentions) {
      const text = dataset.articles.find((a) => a.id === m.article)!.text;
      const sentence = text.slice(...m.sentence);
      expect(m.sentence[0]).toBeLessThanOrEqual(m.start);
      expect(m.sentence[1]).toBeGreaterThanOrEqual(m.end);
      expect(sentence).toBe(sentence.trim());
      expect(sentence).not.toContain('\n\n');
    }
  });

  it('places are the mentioned ones plus their parent chains', () => {
    const ids = new Set(dataset.places.map((p) => p.id));
    for (const m of dataset.mentions) expect(ids.has(m.place)).toBe(true);
    for (const p of dataset.places) if (p.parent) expect(ids.has(p.parent)).toBe(true);
    const mentioned = new Set(dataset.mentions.map((m) => m.place));
    for (const p of dataset.places) {
      const isAncestor = dataset.places.some((q) => q.parent === p.id);
      expect(mentioned.has(p.id) || isAncestor).toBe(true);
    }
    expect(mentioned.has('kherson')).toBe(true);
    expect(mentioned.has('nova-kakhovka')).toBe(true);
  });

  it('event dates come from the sentence, resolved against publication', () => {
    const expectDates = (prefix: string, phrase: string, date: string | undefined) => {
      const ms = mentionsIn(prefix, phrase);
      expect(ms.length, `mentions in "${phrase}"`).toBeGreaterThan(0);
      for (const m of ms) expect(m.date).toBe(date);
    };
    expectDates('002', 'Earlier on November 9, the Moscow-installed deputy head', '2022-11-09');
    expectDates('004', 'Officials said Tuesday that civil servants', '2022-11-15'); // published Tue 15 Nov
    expectDates('000', 'the minister on Friday announced', '2022-11-11'); // published Sat 12 Nov (estimate)
    expectDates('003', 'pada hari Minggu', '2022-10-30'); // published Thu 3 Nov
    expectDates('003', 'Pagi ini', '2022-11-03');
    // "controlled by the Russians since the offensive began on February 24" dates a state of
    // affairs, not an event: Kherson, Russia and Moscow in that sentence get no date.
    expectDates('002', 'since the offensive began on February 24', undefined);
    // Sentences without a day get none, however many places they name.
    for (const m of mentionsIn('001', 'In September, after referendums were held')) expect(m.date).toBeUndefined();
  });

  it('the clutter of the seeds produces no mentions', () => {
    const a004 = article('004');
    const names004 = new Set(dataset.mentions.filter((m) => m.article === a004.id).map((m) => m.place));
    for (const id of ['oman', 'taiwan', 'japan', 'cuba', 'belgorod', 'missouri', 'new-york', 'south-korea', 'washington']) {
      expect(names004.has(id), id).toBe(false);
    }
    const a000 = article('000');
    expect(a000.text).not.toContain('Taiwan');
  });
});

describe('ingestFiles: metadata paths', () => {
  const one = (name: string, text: string) => ingestFiles([{ name, bytes: encode(text) }], gazetteer);

  it('a .txt without front matter: title from its headline, language detected, kept undated', () => {
    const { dataset, warnings } = one('plain.txt', 'Kherson Residents Return Home\n\nResidents returned to Kherson on Friday after Russian troops left the city.');
    const [a] = dataset.articles;
    expect(a.title).toBe('Kherson Residents Return Home');
    expect(a.text.startsWith('Residents returned')).toBe(true);
    expect(a.language).toBe('en');
    expect(a.published).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      'no title given; using "Kherson Residents Return Home"',
      'no valid published date; article kept as undated',
    ]);
    expect(dataset.mentions.every((m) => m.date === undefined)).toBe(true);
  });

  it('a lede is not swallowed as the title', () => {
    const { dataset } = one('lede.md', 'Russian troops left Kherson on Friday.');
    expect(dataset.articles[0].title).toBe('Russian troops left Kherson on Friday.');
    expect(dataset.articles[0].text).toBe('Russian troops left Kherson on Friday.');
  });

  it('bad front matter values are warnings and the article is kept', () => {
    const { dataset, warnings } = one('x.md', '---\ntitle: T\nurl: ftp://example.org/a\nlanguage: english\npublished: 2022-02-30\n---\nRussian troops left the city of Kherson on Friday, officials said.');
    const [a] = dataset.articles;
    expect(a.url).toBeUndefined();
    expect(a.language).toBe('en');
    expect(a.published).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      "url 'ftp://example.org/a' dropped (only http and https URLs are kept)",
      "invalid published date '2022-02-30' (2022-02-30 is not a real calendar date); article kept as undated",
      "language 'english' is not an ISO 639-1 code; detected from the text instead",
      'no valid published date; article kept as undated',
    ]);
  });

  it('HTML: metadata from meta tags, text from readability', () => {
    const html = `<!doctype html><html lang="en"><head><title>Troops leave Kherson | News</title>
      <meta property="og:site_name" content="News"><meta property="article:published_time" content="2022-11-11T08:00:00+02:00">
      <meta property="og:url" content="https://news.example/k"></head><body><nav>Home | World</nav><article>
      <p>Russian troops completed their withdrawal from Kherson on Friday, the defence ministry in Moscow said.</p>
      <p>Residents of Kherson gathered in the central square to greet Ukrainian soldiers on Friday afternoon.</p></article></body></html>`;
    const { dataset } = one('k.html', html);
    const [a] = dataset.articles;
    expect(a).toMatchObject({ id: 'k', title: 'Troops leave Kherson', source: 'News', url: 'https://news.example/k', published: '2022-11-11', language: 'en' });
    const kherson = dataset.mentions.filter((m) => m.place === 'kherson');
    expect(kherson.length).toBeGreaterThan(0);
    for (const m of kherson) expect(m.date).toBe('2022-11-11');
  });

  it('duplicate ids: the first file in sorted order wins', () => {
    const { dataset } = ingestFiles([
      { name: 'a.txt', bytes: encode('Troops left Kherson.') },
      { name: 'a.md', bytes: encode('Troops left Nova Kakhovka.') },
    ], gazetteer);
    expect(dataset.articles.map((a) => a.file)).toEqual(['a.md']);
    expect(dataset.rejected).toEqual([{ file: 'a.txt', reason: "duplicate id 'a' (also a.md)" }]);
  });

  it('a file that is all clutter or only front matter is rejected', () => {
    expect(one('c.md', '---\ntitle: T\n---\n').dataset.rejected[0].reason).toBe('no article text (only front matter)');
    expect(one('c.md', '---\ntitle: T\n---\nShare this\n\nAdvertisement\n').dataset.rejected[0].reason).toBe('no article text (only page clutter)');
  });

  it('type and size are checked before reading', () => {
    expect(rejectionBeforeReading('a.docx', 10)).toBe('unsupported file type (.docx; supported: .md, .txt, .html, .htm)');
    expect(rejectionBeforeReading('a.MD', 10)).toBeUndefined();
    expect(rejectionBeforeReading('a.txt', 10_000_001)).toBe('file too large (10.0 MB > 10 MB limit)');
  });
});

