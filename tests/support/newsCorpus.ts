/**
 * A generated news corpus of real sentences (tests/fixtures/sentences/*.txt, in four languages),
 * deterministic for a seed: articles with front matter (title, source, url, published over one
 * year, language), paragraphs of shuffled sentences, about 6 kB each like wire copy; a few files
 * without front matter, a few undated, and one in `rejectEvery` empty (rejected) so "nothing lost"
 * is checked at every scale. Used by the CLI tests (small) and `npm run bench:scale` (1 GB).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './random.ts';

const SENTENCE_DIR = fileURLToPath(new URL('../fixtures/sentences/', import.meta.url));
/** Language shares of the generated articles. */
const LANGUAGES: [string, number][] = [['en', 0.8], ['id', 0.08], ['de', 0.06], ['uk', 0.06]];
const SOURCES = ['Wire Service', 'Kyiv Daily', 'Coastal Gazette', 'Evening Standard', 'Harian Nusantara', 'Rundschau', 'Ukrainska Hazeta', 'Field Notes'];
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAY_MS = 86_400_000;

export interface NewsCorpusOptions {
  seed: number;
  /** Stop after this many files … */
  files?: number;
  /** … or once this many bytes are written. */
  bytes?: number;
  /** Mean article body size in bytes. */
  articleBytes?: number;
  /** Every n-th file is empty (a rejection); 0 for none. */
  rejectEvery?: number;
}

export interface GeneratedFile { name: string; content: string }

/** Share of sentences drawn from the background pool: about 30 mentions in a 6 kB article. */
const BACKGROUND_SHARE = 0.75;

function sentencePools(): Map<string, string[]> {
  return new Map([...LANGUAGES.map(([language]) => language), 'en-background'].map((language) => [
    language,
    readFileSync(join(SENTENCE_DIR, `${language}.txt`), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean),
  ]));
}

export function* newsArticles(options: NewsCorpusOptions): Generator<GeneratedFile> {
  const { seed, files = Infinity, bytes = Infinity, articleBytes = 6000, rejectEvery = 5000 } = options;
  const random = seededRandom(seed);
  const pools = sentencePools();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  let written = 0;
  for (let n = 0; n < files && written < bytes; n++) {
    const day = new Date(FIRST_DAY + Math.floor(random() * 365) * DAY_MS).toISOString().slice(0, 10);
    const id = `${day}-${String(n).padStart(7, '0')}`;
    if (rejectEvery > 0 && n % rejectEvery === rejectEvery - 1) {
      yield { name: `${id}.md`, content: '' };
      continue;
    }
    let roll = random();
    const language = LANGUAGES.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'en';
    const pool = pools.get(language)!;
    // English copy mixes in background sentences (no places), as real reporting does.
    const background = language === 'en' ? pools.get('en-background')! : pool;
    const target = articleBytes * (0.4 + 1.2 * random());
    const paragraphs: string[] = [];
    let size = 0;
    while (size < target) {
      const count = 2 + Math.floor(random() * 4);
      const paragraph = Array.from({ length: count }, () => pick(random() < BACKGROUND_SHARE ? background : pool)).join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    const body = paragraphs.join('\n\n');
    const source = pick(SOURCES);
    const title = pick(pool).split(/[,.]/)[0];
    const undated = n % 97 === 13;
    const frontMatter = n % 211 === 7
      ? '' // a plain text file: title and language derived
      : `---\ntitle: "${title.replace(/"/g, "'")}"\nsource: ${source}\nurl: https://news.example/${id}\n` +
        `${undated ? '' : `published: ${day}\n`}language: ${language}\n---\n`;
    const content = `${frontMatter}${body}\n`;
    written += Buffer.byteLength(content);
    yield { name: `${id}.${frontMatter ? 'md' : 'txt'}`, content };
  }
}

/** Writes the corpus into `dir` (created); returns how many files and bytes. */
export function writeNewsCorpus(dir: string, options: NewsCorpusOptions): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const file of newsArticles(options)) {
    writeFileSync(join(dir, file.name), file.content);
    files++;
    bytes += Buffer.byteLength(file.content);
  }
  return { files, bytes };
}
