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
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

function toBlocks(text: string): string[][] {
  return text.split(/\n{2,}/).map((b) => b.split('\n').filter((l) => l !== '')).filter((b) => b.length > 0);
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
  if (SENTENCE_END.test(text) || /[:;,]["'”’»)\]]*$/u.test(text)) return false;
  if (/^[•·▪◦‣*+–—-]\s|^\d{1,2}[.)]\s/u.test(text)) return false;
  return wordCount(text) <= 25;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
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

function stripInlineCredits(text: string): string {
  let out = text;
  const glued = GLUED_CREDIT.exec(out);
  // Only when something precedes the credit (a line that is only a credit is rule 3's job) and the
  // credit is a few words, not a sentence.
  if (glued && glued.index > 0 && wordCount(glued[0]) <= 8) out = out.slice(0, glued.index);
  out = out.replace(BRACKETED_AGENCY_CREDIT, '');
  if (wordCount(out) > 2) out = out.replace(TRAILING_GETTY, '');
  return out.trim();
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
    if (LABEL_LINE.test(t)) {
      line.keep = false;
      afterRelatedHeading = RELATED_HEADING.test(t);
    } else if (
      TEASER_PREFIX.test(t) ||
      ((CREDIT_LINE.test(t) || AGENCY_CREDIT_LINE.test(t)) && wordCount(t) <= 15) ||
      COUNTER_LINE.test(t) ||
      (SYNDICATION_NOTE.test(t) && wordCount(t) <= 40)
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

export function comparisonWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`´ʼ]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)
      ?.map((w) => w.replace(/'s$/u, '').replace(/'/g, '')) ?? []
  );
}

function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function dropRepeats(lines: Line[], title: string | undefined): void {
  const seenLines = new Set<string>();
  const seenShingles = new Set<string>();
  const remember = (words: string[]) => {
    seenLines.add(words.join(' '));
    for (const s of shingles(words)) seenShingles.add(s);
  };
  if (title) remember(comparisonWords(title));
  for (const line of lines) {
    if (!line.keep) continue;
    const words = comparisonWords(line.text);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const repeated =
      seenLines.has(key) || (words.length >= SHINGLE && shingles(words).every((s) => seenShingles.has(s)));
    if (repeated) line.keep = false;
    else remember(words);
  }
}

// ---------------------------------------------------------------------------------------------
// Rule 8: teaser blocks. Two or more consecutive lines (no blank line between them) that all read
// like headlines are a list of links to other stories ("promoted" or "more from the site" boxes),
// not paragraphs: real paragraphs end with punctuation and a subheading stands alone.

function dropTeaserBlocks(lines: Line[]): void {
  if (!hasProse(lines)) return; // never empty an article that is all short lines
  let i = 0;
  while (i < lines.length) {
    const block = lines[i].block;
    let j = i;
    while (j < lines.length && lines[j].block === block) j++;
    const kept = lines.slice(i, j).filter((l) => l.keep);
    if (kept.length >= 2 && kept.every((l) => isHeadlineLike(l.text))) for (const l of kept) l.keep = false;
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
    if (remaining.length > 1 && last && isHeadlineLike(last.text) && wordCount(last.text) <= 3) {
      last.keep = false;
      continue;
    }
    return;
  }
}

function hasProse(lines: Line[]): boolean {
  return lines.some((l) => l.keep && !isHeadlineLike(l.text));
}
