/** Rules 1–6 of cleanText: page furniture (credits, widget labels, teasers, counters, syndication notes). */
import { isHeadlineLike, type Line, wordCount } from './lines.ts';

// ---------------------------------------------------------------------------------------------
// Rule 1: inline image credits.
// Captions pasted from pages end with the credit glued on ("…in Kherson this morningCredit: Reuters")
// or in brackets ("(Photo: AFP via Getty Images)"). The caption is kept; the credit goes. The label
// must be capitalised and the credit short, so prose like "a photo: the city" is left alone.

const CREDIT_LABEL = String.raw`(?:Credits?|Kredit|Photo(?:graph)?|Picture|Image|Foto|Gambar|Bild|Фото|Світлина)(?: credits?| ?\/ ?[\p{L}]+)?`;
const GLUED_CREDIT = new RegExp(String.raw`\s*[(\[]?\s*${CREDIT_LABEL}\s*[:：]\s*[^:()\[\]\n]{1,60}[)\]]?$`, 'u');
const BRACKETED_AGENCY_CREDIT = /\s*[(\[][^()\[\]]{0,40}\b(?:Getty Images|Shutterstock|Alamy|AP Photo|Reuters|AFP|EPA(?:-EFE)?)[^()\[\]]{0,30}[)\]]\s*$/u;
const TRAILING_GETTY = /\s*[|/–—-]?\s*(?:[\p{L}.]+(?: [\p{L}.]+){0,3} (?:via|\/) )?Getty Images\s*$/u;

/**
 * A label GLUED_CREDIT needs, as a plain alternation: most lines with a colon have none, and this
 * fails fast where GLUED_CREDIT, unanchored, tries its optional prefix at every character.
 */
const CREDIT_LABEL_WORD = /Credit|Kredit|Photo|Picture|Image|Foto|Gambar|Bild|Фото|Світлина/;

/** Credits sit at the end of a caption: the regexes only look at its last characters (speed). */
const CREDIT_TAIL_CHARS = 120;

export function stripInlineCredits(text: string): string {
  let out = text;
  if (out.includes(':') || out.includes('：')) {
    const from = Math.max(0, out.length - CREDIT_TAIL_CHARS);
    const tail = out.slice(from);
    const glued = CREDIT_LABEL_WORD.test(tail) ? GLUED_CREDIT.exec(tail) : null;
    // Only when something precedes the credit (a line that is only a credit is rule 4's job) and
    // the credit is a few words, not a sentence.
    if (glued && from + glued.index > 0 && wordCount(glued[0], 9) <= 8) out = out.slice(0, from + glued.index);
  }
  if (out.endsWith(')') || out.endsWith(']')) out = replaceInTail(out, BRACKETED_AGENCY_CREDIT);
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

export function dropClutterLines(lines: Line[]): void {
  let afterRelatedHeading = false;
  for (const line of lines) {
    const text = line.text;
    if (afterRelatedHeading && isHeadlineLike(text)) { line.keep = false; continue; }
    afterRelatedHeading = false;
    if (text.length <= 80 && LABEL_LINE.test(text)) {
      line.keep = false;
      afterRelatedHeading = RELATED_HEADING.test(text);
    } else if (
      TEASER_PREFIX.test(text) ||
      (text.length <= 150 && (CREDIT_LINE.test(text) || AGENCY_CREDIT_LINE.test(text)) && wordCount(text, 16) <= 15) ||
      (text.length <= 9 && COUNTER_LINE.test(text)) ||
      (SYNDICATION_NOTE.test(text) && wordCount(text, 41) <= 40)
    ) {
      line.keep = false;
    }
  }
}
