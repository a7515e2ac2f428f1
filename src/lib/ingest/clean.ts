/**
 * Article body -> the cleaned text readers see and mention offsets refer to.
 *
 * Text copied from news pages carries page furniture: "ALSO READ" teasers, share/comment widgets,
 * image credits, slide counters, repeated captions and a tail of unrelated headlines. None of it is
 * what the article says, so it must not produce place mentions. Every rule below is GENERAL (a shape
 * of clutter seen on news sites in several languages), never a string copied from a seed article.
 *
 * Output: one paragraph per kept line, paragraphs separated by a blank line, whitespace normalised.
 */

export interface CleanOptions {
  /** The article's headline: copies of it (and truncated copies, e.g. image alt text) are dropped. */
  title?: string;
}

export function cleanText(raw: string, language?: string, options: CleanOptions = {}): string {
  void language; // The rules are multilingual; the parameter is kept for language-specific rules.
  const blocks = toBlocks(normalizeWhitespace(raw));
  const lines: Line[] = [];
  blocks.forEach((block, b) => {
    for (const text of joinWrappedLines(block)) {
      const stripped = stripInlineCredits(text);
      if (stripped) lines.push({ text: stripped, block: b, keep: true });
    }
  });

  dropClutterLines(lines);
  dropRepeats(lines, options.title);
  dropTeaserBlocks(lines);
  dropTrailingJunk(lines);

  return lines.filter((l) => l.keep).map((l) => l.text).join('\n\n');
}

interface Line { text: string; block: number; keep: boolean }

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * NFC, LF line ends, no invisible characters, every kind of space as a plain space, no runs of
 * spaces, lines trimmed (copy-paste leaves NBSPs and indentation that mean nothing to a reader).
 */
export function normalizeWhitespace(raw: string): string {
  const nfc = raw.normalize('NFC');
  if (!needsWhitespaceWork(nfc)) return nfc; // most text: one scan instead of five replacements
  return nfc
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

/**
 * What the replacements above change: characters they remove or turn into a plain space (CR and
 * U+2028/9 also end lines), two spaces in a row, a space at the end or start of a line.
 */
const WHITESPACE_WORK = /[\r\t\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]| [ \n]|\n /;

/** Would the replacements above change `text`? (One scan instead of running them.) */
function needsWhitespaceWork(text: string): boolean {
  return WHITESPACE_WORK.test(text) || text.startsWith(' ') || text.endsWith(' ');
}

/**
 * Blocks (separated by blank lines) of non-empty lines. Splitting on "\n\n" and dropping empty
 * lines gives the same blocks as splitting on /\n{2,}/, without the regex machinery; most blocks
 * are a single line.
 */
function toBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  for (const b of text.split('\n\n')) {
    const lines = b.includes('\n') ? b.split('\n').filter((l) => l !== '') : b === '' ? [] : [b];
    if (lines.length > 0) blocks.push(lines);
  }
  return blocks;
}

/**
 * Hard-wrapped plain text (e-mail, wire copy) breaks sentences across lines. A line that does not end
 * a sentence followed by one that starts in lower case is the same paragraph: join them.
 */
function joinWrappedLines(block: string[]): string[] {
  const out: string[] = [];
  for (const line of block) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !SENTENCE_END.test(prev) && !/[:;]$/.test(prev) && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Line shapes

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * A line that reads like a headline or a link label: it does not end like a sentence (no final
 * punctuation, no trailing colon or comma), is not a list item, and is at most 25 words long.
 */
export function isHeadlineLike(text: string): boolean {
  // A 25-word line is rarely longer than 300 characters; longer lines are prose (cheap early exit).
  if (text.length > 300) return false;
  const tail = text.slice(-8);
  if (SENTENCE_END.test(tail) || /[:;,]["'”’»)\]]*$/u.test(tail)) return false;
  if (/^[•·▪◦‣*+–—-]\s|^\d{1,2}[.)]\s/u.test(text)) return false;
  return wordCount(text, 26) <= 25;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words in `text`, counting no further than `limit` (callers only compare with small numbers). */
function wordCount(text: string, limit = Infinity): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < limit && WORD.exec(text)) n++;
  WORD.lastIndex = 0;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Rule 1: inline image credits.
// Captions pasted from pages end with the credit glued on ("…in Kherson this morningCredit: Reuters")
// or in brackets ("(Photo: AFP via Getty Images)"). The caption is kept; the credit goes. The label
// must be capitalised and the credit short, so prose like "a photo: the city" is left alone.

const CREDIT_LABEL = String.raw`(?:Credits?|Kredit|Photo(?:graph)?|Picture|Image|Foto|Gambar|Bild|Фото|Світлина)(?: credits?| ?\/ ?[\p{L}]+)?`;
const GLUED_CREDIT = new RegExp(String.raw`\s*[(\[]?\s*${CREDIT_LABEL}\s*[:：]\s*[^:()\[\]\n]{1,60}[)\]]?$`, 'u');
const BRACKETED_AGENCY_CREDIT = /\s*[(\[][^()\[\]]{0,40}\b(?:Getty Images|Shutterstock|Alamy|AP Photo|Reuters|AFP|EPA(?:-EFE)?)[^()\[\]]{0,30}[)\]]\s*$/u;
const TRAILING_GETTY = /\s*[|/–—-]?\s*(?:[\p{L}.]+(?: [\p{L}.]+){0,3} (?:via|\/) )?Getty Images\s*$/u;

/** Credits sit at the end of a caption: the regexes only look at its last characters (speed). */
const CREDIT_TAIL_CHARS = 120;

function stripInlineCredits(text: string): string {
  let out = text;
  if (out.includes(':') || out.includes('：')) {
    const from = Math.max(0, out.length - CREDIT_TAIL_CHARS);
    const glued = GLUED_CREDIT.exec(out.slice(from));
    // Only when something precedes the credit (a line that is only a credit is rule 4's job) and
    // the credit is a few words, not a sentence.
    if (glued && from + glued.index > 0 && wordCount(glued[0], 9) <= 8) out = out.slice(0, from + glued.index);
  }
  if (/[)\]]$/.test(out)) out = replaceInTail(out, BRACKETED_AGENCY_CREDIT);
  if (out.includes('Getty Images') && wordCount(out, 3) > 2) out = replaceInTail(out, TRAILING_GETTY);
  return out.trim();
}

function replaceInTail(text: string, pattern: RegExp): string {
  const from = Math.max(0, text.length - CREDIT_TAIL_CHARS);
  return text.slice(0, from) + text.slice(from).replace(pattern, '');
}

// ---------------------------------------------------------------------------------------------
// Rule 2: navigation and widget labels that stand alone on a line ("Leave a Comment", "Related
// Articles", "Our Partners", "Share this", "Baca juga", "Читайте также" …), optionally followed
// by a colon, a count ("Comments (12)") or an arrow. Matched against the WHOLE line only.

const LABELS = [
  // English
  'related(?: articles?| stories| posts| news| content| coverage| topics| reading)?', 'more (?:stories|news|articles|from [\\p{L} .\'’-]{1,40}|on this(?: story)?)',
  'read more', 'read next', 'read also', 'also read', 'see also', 'you (?:may|might) also like', 'recommended(?: for you| stories)?',
  'trending(?: now| stories)?', 'most (?:read|popular|viewed)', 'popular(?: posts| stories)?', 'latest(?: news| stories)?', 'top stories',
  'editor[\'’]?s picks', 'leave a (?:comment|reply)', 'post a comment', 'add a comment', 'comments?', '\\d+ comments?', 'show comments',
  'our partners', 'partners', 'sponsored(?: content| stories)?', 'advertisement', 'advertising', 'ads?', 'promoted(?: stories)?',
  'share(?: this(?: article| story| post| page)?| on [\\p{L} ]{1,20}| via [\\p{L} ]{1,20})?', 'tweet', 'email', 'e-mail', 'print',
  'subscribe(?: now)?', 'sign up(?: for [\\p{L} \'’]{1,40})?', 'newsletter', 'follow us(?: on [\\p{L}, ]{1,40})?', 'tags?', 'topics?',
  'filed under', 'back to top', 'skip to (?:main )?content', 'continue reading', 'click here[^.]{0,40}', 'loading(?: comments)?',
  'watch(?: the)? video', 'listen to (?:this|the) (?:article|story)',
  // Indonesian
  'baca juga', 'baca selengkapnya', 'simak juga', 'lihat juga', 'berita terkait', 'artikel terkait', 'berita lainnya',
  'baca berita lainnya', 'terpopuler', 'terkini', 'rekomendasi', 'tinggalkan (?:komentar|balasan)', 'komentar', 'bagikan(?: artikel ini| berita ini)?',
  'iklan', 'ikuti kami(?: di [\\p{L}, ]{1,40})?', 'topik terkait', 'tag', 'editor', 'penulis',
  // German
  'lesen sie auch', 'auch interessant', 'mehr zum thema', 'das könnte sie auch interessieren', 'weitere artikel', 'kommentare?',
  'teilen', 'anzeige', 'werbung', 'empfehlungen', 'zum thema',
  // Russian / Ukrainian
  'читайте также', 'читайте також', 'смотрите также', 'дивіться також', 'по теме', 'на тему', 'новости по теме', 'новини на тему',
  'реклама', 'комментарии', 'коментарі', 'поделиться', 'поділитися', 'популярное', 'популярне', 'подписывайтесь[^.]{0,40}', 'підписуйтесь[^.]{0,40}',
  // French / Spanish
  'lire aussi', 'à lire aussi', 'publicité', 'partager', 'commentaires', 'lee también', 'publicidad', 'compartir', 'comentarios',
];
const LABEL_LINE = new RegExp(`^(?:${LABELS.join('|')})\\s*(?:[:：»>›→…]|\\(\\d+\\)|\\d+)?\\s*$`, 'iu');

/** Labels after which a page lists other stories: the headline-like lines right after them go too. */
const RELATED_HEADING = /^(?:related(?: articles?| stories| posts| news| content| coverage)?|more (?:stories|news|articles|from .+)|read (?:more|next|also)|also read|see also|you (?:may|might) also like|recommended(?: for you| stories)?|trending(?: now| stories)?|most (?:read|popular|viewed)|top stories|latest(?: news| stories)?|baca juga|berita terkait|artikel terkait|berita lainnya|baca berita lainnya|terpopuler|rekomendasi|lesen sie auch|mehr zum thema|weitere artikel|zum thema|читайте также|читайте також|смотрите также|дивіться також|по теме|на тему|новости по теме|новини на тему|lire aussi|à lire aussi|lee también)\s*[:：»>›→…]?\s*$/iu;

// Rule 3: "read also" teasers that carry the teased headline on the same line
// ("ALSO READ: Xi Jinping orders …", "Baca juga: …", "Lesen Sie auch: …"), at any length.
const TEASER_PREFIX = /^(?:also read|read also|read more|see also|related|more|watch|listen|recommended|baca juga|baca|simak juga|lihat juga|berita terkait|lesen sie auch|auch lesen|mehr dazu|mehr zum thema|читайте также|читайте також|смотрите также|дивіться также|дивіться також|по теме|lire aussi|à lire aussi|lee también)\s*[:：|»>›→–—-]\s*\S/iu;

// Rule 4: a line that is only an image credit ("Credit: Twitter", "Foto: Reuters", "Getty Images",
// "AFP via Getty Images", "Photo by Jane Doe/AP").
const CREDIT_LINE = new RegExp(`^[(\\[]?\\s*(?:${CREDIT_LABEL}|Sumber foto|Bildquelle|Источник фото|Джерело фото)\\s*[:：]`, 'iu');
const AGENCY_CREDIT_LINE = /^[(\[]?(?:(?:photo|foto|image|picture)\s+by\s+[^.]{1,60}|[\p{L}. ]{0,40}(?:via |\/ ?)?(?:Getty Images|Shutterstock|Alamy|AP Photo[^.]{0,40}|EPA-EFE[^.]{0,40}))[)\]]?$/iu;

// Rule 5: lone counters left by slideshows, comment bubbles and share widgets ("3", "12", "1/5").
const COUNTER_LINE = /^(?=.*\d)[\d\s.,/]{1,9}$/u;

// Rule 6: syndication notes ("This article was originally published by … and is reprinted with
// permission", "Artikel ini telah tayang di …"): provenance for the metadata, not article text.
const SYNDICATION_NOTE =
  /^(?:this (?:article|story|post|piece|report) (?:was|is|has been|first) (?:originally |first )?(?:published|appeared|posted|produced)|(?:this (?:article|story) is )?(?:originally published|republished|reprinted) (?:with permission )?(?:by|in|on|at|from)|artikel ini (?:telah |sudah |pertama kali )?(?:tayang|terbit|dimuat)|dieser (?:artikel|beitrag|text) (?:erschien|ist zuerst)|(?:эта )?статья (?:впервые )?(?:опубликована|вышла)|(?:ця )?стаття (?:вперше )?(?:опублікована|вийшла))/iu;

function dropClutterLines(lines: Line[]): void {
  let afterRelatedHeading = false;
  for (const line of lines) {
    const t = line.text;
    if (afterRelatedHeading && isHeadlineLike(t)) { line.keep = false; continue; }
    afterRelatedHeading = false;
    if (t.length <= 80 && LABEL_LINE.test(t)) {
      line.keep = false;
      afterRelatedHeading = RELATED_HEADING.test(t);
    } else if (
      TEASER_PREFIX.test(t) ||
      (t.length <= 150 && (CREDIT_LINE.test(t) || AGENCY_CREDIT_LINE.test(t)) && wordCount(t, 16) <= 15) ||
      (t.length <= 9 && COUNTER_LINE.test(t)) ||
      (SYNDICATION_NOTE.test(t) && wordCount(t, 41) <= 40)
    ) {
      line.keep = false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Rule 7: repeats. Pages repeat captions right after themselves, subheadings, pull quotes and the
// headline itself (as image alt text, sometimes truncated: "Russia Withdraws From Ukraine"). A line
// whose words all appeared before, in order — in the headline or in an earlier kept line — adds
// nothing and is dropped. "Appeared before" is tested on normalised words (case, quotes, possessive
// 's) with 4-word shingles, so it stays linear in the article length.

const SHINGLE = 4;
/** 1 for letters and digits of the Basic Multilingual Plane (built once; a table beats a regex here). */
let wordCharTable: Uint8Array | undefined;
function wordChars(): Uint8Array {
  if (!wordCharTable) {
    wordCharTable = new Uint8Array(0x10000);
    const letterOrDigit = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 0x10000; c++) if (letterOrDigit.test(String.fromCharCode(c))) wordCharTable[c] = 1;
  }
  return wordCharTable;
}
const APOSTROPHES = new Set(["'", '’', '‘', '`', '´', 'ʼ'].map((c) => c.charCodeAt(0)));

/**
 * Words as compared, each as a 32-bit FNV-1a hash (no strings are built: this rule was the hot spot
 * of cleaning): lower case, apostrophes inside words ignored, a possessive 's dropped ("Ukraine’s" =
 * "ukraine"). Characters outside the BMP (emoji) separate words.
 */
function wordHashes(text: string): number[] {
  const table = wordChars();
  const lower = text.toLowerCase();
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (table[c] === 1) {
      if (!inWord) { inWord = true; h = 0x811c9dc5; }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord && APOSTROPHES.has(c) && table[lower.charCodeAt(i + 1)] === 1) {
      if (lower.charCodeAt(i + 1) === 0x73 /* s */ && table[lower.charCodeAt(i + 2)] !== 1) {
        hashes.push(h >>> 0); // possessive: the word ends before 's
        inWord = false;
        i++;
      } // else an apostrophe inside a word ("n'djamena"): skipped
    } else if (inWord) {
      hashes.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/**
 * What has been said so far, as 4-word shingles in an open-addressing hash table sized for the
 * article (typed arrays: no per-entry allocation, no rehashing; this rule was the hot spot of
 * cleaning). Each shingle is stored as two independent 31-bit mixes of its word hashes; a false
 * "seen" needs both mixes of every shingle of a line to collide: negligible.
 */
class SeenText {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly mask: number;
  private readonly shortLines = new Set<string>();

  constructor(maxShingles: number) {
    let capacity = 16;
    while (capacity < maxShingles * 2) capacity *= 2;
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  has(ids: number[]): boolean {
    if (ids.length < SHINGLE) return this.shortLines.has(ids.join(','));
    for (let i = 0; i + SHINGLE <= ids.length; i++) if (!this.find(mixA(ids, i), mixB(ids, i), false)) return false;
    return true;
  }

  add(ids: number[]): void {
    if (ids.length < SHINGLE) this.shortLines.add(ids.join(','));
    for (let i = 0; i + SHINGLE <= ids.length; i++) this.find(mixA(ids, i), mixB(ids, i), true);
  }

  /** Linear probing; slot value 0 = empty (mixes are made odd, never 0). */
  private find(ka: number, kb: number, insert: boolean): boolean {
    for (let slot = ka & this.mask; ; slot = (slot + 1) & this.mask) {
      const va = this.a[slot];
      if (va === 0) {
        if (insert) { this.a[slot] = ka; this.b[slot] = kb; }
        return false;
      }
      if (va === ka && this.b[slot] === kb) return true;
    }
  }
}

function mixA(ids: number[], i: number): number {
  return (Math.imul(ids[i], 0x9e3779b1) ^ Math.imul(ids[i + 1], 0x85ebca77) ^ Math.imul(ids[i + 2], 0xc2b2ae3d) ^ Math.imul(ids[i + 3], 0x27d4eb2f)) | 1;
}

function mixB(ids: number[], i: number): number {
  return Math.imul(ids[i], 0x165667b1) ^ Math.imul(ids[i + 1], 0xd3a2646c) ^ Math.imul(ids[i + 2], 0xfd7046c5) ^ Math.imul(ids[i + 3], 0xb55a4f09);
}

function dropRepeats(lines: Line[], title: string | undefined): void {
  const titleIds = title ? wordHashes(title) : [];
  const lineIds = lines.map((l) => (l.keep ? wordHashes(l.text) : []));
  let shingleCount = Math.max(0, titleIds.length - SHINGLE + 1);
  for (const ids of lineIds) shingleCount += Math.max(0, ids.length - SHINGLE + 1);
  const seen = new SeenText(shingleCount);
  seen.add(titleIds);
  lines.forEach((line, i) => {
    const ids = lineIds[i];
    if (!line.keep || ids.length === 0) return;
    if (seen.has(ids)) line.keep = false;
    else seen.add(ids);
  });
}

// ---------------------------------------------------------------------------------------------
// Rule 8: teaser blocks. Two or more consecutive lines (no blank line between them) that all read
// like headlines of at least four words are a list of links to other stories ("promoted" or "more
// from the site" boxes), not paragraphs: real paragraphs end with punctuation and a subheading
// stands alone. Short lines ("Kherson: retaken") and lists introduced by a line ending in a colon
// ("Key facts:") are the article's own lists and stay.

const TEASER_MIN_WORDS = 4;

function dropTeaserBlocks(lines: Line[]): void {
  if (!hasProse(lines)) return; // never empty an article that is all short lines
  let i = 0;
  let previousKept: Line | undefined;
  while (i < lines.length) {
    const block = lines[i].block;
    let j = i;
    while (j < lines.length && lines[j].block === block) j++;
    const kept = lines.slice(i, j).filter((l) => l.keep);
    const introduced = previousKept !== undefined && /:\s*$/.test(previousKept.text);
    if (
      kept.length >= 2 && !introduced &&
      kept.every((l) => isHeadlineLike(l.text) && wordCount(l.text, TEASER_MIN_WORDS) >= TEASER_MIN_WORDS)
    ) {
      for (const l of kept) l.keep = false;
    }
    if (kept.length > 0) previousKept = kept[kept.length - 1];
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------
// Rule 9: trailing junk. After the article ends, pages list other headlines and stray widget text.
// From the end: a run of three or more headline-like lines goes (a list of other stories), then
// any short (≤ 3 words) headline-like last line ("Result SGP", "Our Partners"), repeatedly.

function dropTrailingJunk(lines: Line[]): void {
  if (!hasProse(lines)) return;
  const kept = () => lines.filter((l) => l.keep);
  for (;;) {
    const remaining = kept();
    let run = 0;
    while (run < remaining.length && isHeadlineLike(remaining[remaining.length - 1 - run].text)) run++;
    if (run >= 3 && run < remaining.length) {
      for (const l of remaining.slice(remaining.length - run)) l.keep = false;
      continue;
    }
    const last = remaining[remaining.length - 1];
    if (remaining.length > 1 && last && isHeadlineLike(last.text) && wordCount(last.text, 4) <= 3) {
      last.keep = false;
      continue;
    }
    return;
  }
}

function hasProse(lines: Line[]): boolean {
  return lines.some((l) => l.keep && !isHeadlineLike(l.text));
}
