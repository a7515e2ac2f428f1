/**
 * Sentence spans for excerpts: the Unicode sentence rules (Intl.Segmenter, or the same rules run
 * directly on plain text: sentenceRules.ts) inside each paragraph — a sentence never crosses a
 * blank line — with spans trimmed of whitespace.
 *
 * ICU without its abbreviation lists splits "U.S. President Joe Biden said …" after "U.S." and
 * "Gen. Mark Milley" after "Gen."; we glue such pieces back (initials, titles, month names).
 */

import { paragraphSpans, type Span, trimSpan } from '../text/index.ts';
import { ROOT_RULE_LANGUAGES, ruleSentenceEnds } from './sentenceRules.ts';


const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let seg = segmenters.get(language);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' }); // malformed language tag
    }
    segmenters.set(language, seg);
  }
  return seg;
}

/** Initials ("U.S.", "J.") or a common abbreviation right before the break: not a sentence end. */
const ABBREVIATION_END = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:\p{Lu}\.){1,4}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Gens?|St|Sr|Jr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Nos?|approx|Inc|Corp|Ltd|Mt|Ft|Dept|Univ|Nr|bzw|ca|vgl|Str|Jl|Kab|Kec|ул|г|гг|им|ст|пр|тыс|млн|млрд|обл|р-н|вул|м)\.)\s*$`,
  'u',
);

/** An abbreviation is at most 8 characters: look at the last 15 (slicing whole sentences was slow). */
function endsWithAbbreviation(text: string, [start, end]: Span): boolean {
  if (text.charCodeAt(end - 1) !== 0x2e /* . */) return false;
  // Before its final dot, every abbreviation above ends in at most 6 letters after a non-letter
  // ("approx", the "н" of "р-н", the "S" of "U.S"): a longer run of ASCII letters ("Ukraine.",
  // most sentence ends) cannot match, and the regex is skipped.
  let letters = 0;
  for (let i = end - 2; i >= start && letters < LONGEST_ABBREVIATION + 1 && isAsciiLetter(text.charCodeAt(i)); i--) letters++;
  if (letters > LONGEST_ABBREVIATION) return false;
  return ABBREVIATION_END.test(text.slice(Math.max(start, end - 15), end));
}

/** Letters in the longest word of ABBREVIATION_END ("approx"). */
const LONGEST_ABBREVIATION = 6;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Sentence spans of `text[from, to)`, as absolute offsets into `text`. */
export function sentenceSpans(text: string, language: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  for (const [pStart, pEnd] of paragraphSpans(text, from, to)) paragraphSentences(text, language, pStart, pEnd, spans);
  return spans;
}

/** Adds the sentence spans of the paragraph `text[pStart, pEnd)` (trimmed, no blank line inside) to `spans`. */
function paragraphSentences(text: string, language: string, pStart: number, pEnd: number, spans: Span[]): void {
  const ends = ROOT_RULE_LANGUAGES.has(language) ? ruleSentenceEnds(text, pStart, pEnd) : undefined;
  if (!ends && isSingleSentence(text, pStart, pEnd)) {
    spans.push([pStart, pEnd]);
    return;
  }
  const segments = new SegmentJoiner(text, spans);
  if (ends) {
    let start = pStart;
    for (const end of ends) { segments.add(start, end); start = end; }
  } else {
    for (const { segment, index } of segmenterFor(language).segment(text.slice(pStart, pEnd))) {
      segments.add(pStart + index, pStart + index + segment.length);
    }
  }
  segments.finish();
}

/**
 * Segments of one paragraph into sentence spans: trimmed, and glued to the one before when that
 * ends with an abbreviation. (A class rather than a closure per paragraph: this runs for every
 * paragraph with a mention.)
 */
class SegmentJoiner {
  private pending: Span | undefined;

  constructor(private readonly text: string, private readonly spans: Span[]) {}

  add(start: number, end: number): void {
    const span = trimSpan(this.text, start, end);
    if (!span) return;
    if (this.pending && endsWithAbbreviation(this.text, this.pending)) {
      this.pending = [this.pending[0], span[1]];
    } else {
      if (this.pending) this.spans.push(this.pending);
      this.pending = span;
    }
  }

  finish(): void {
    if (this.pending) this.spans.push(this.pending);
  }
}

/**
 * Characters after which ICU may end a sentence (sentence terminators of many scripts, line
 * breaks), plus ; and : to stay on the safe side. A paragraph with none of them before its final
 * punctuation is one sentence, and Intl.Segmenter (the costliest step here) is skipped.
 */
const MAY_END_SENTENCE = /[.!?…;:։؟۔।॥።፧፨᙮᠃᠉‼‽⁇⁈⁉。！？．｡\n\r\u0085\u2028\u2029]/g;
const TRAILING = new Set([...'.!?…;:։؟۔।॥።፧፨᙮᠃᠉‼‽⁇⁈⁉。！？．｡"\'”’»)] \t'].map((c) => c.charCodeAt(0)));

function isSingleSentence(text: string, start: number, end: number): boolean {
  let body = end;
  while (body > start && TRAILING.has(text.charCodeAt(body - 1))) body--;
  // The first possible sentence end at or after `start`: usually the paragraph's own final
  // punctuation, so the scan rarely leaves the paragraph.
  MAY_END_SENTENCE.lastIndex = start;
  const m = MAY_END_SENTENCE.exec(text);
  return m === null || m.index >= body;
}

/**
 * Finds the sentence around an offset. Paragraphs are segmented on first use and cached, so an
 * article with many mentions in few paragraphs is segmented once and unmentioned text never is.
 */
export class SentenceLocator {
  private readonly paragraphs: Span[];
  private readonly cache = new Map<number, Span[]>();

  constructor(private readonly text: string, private readonly language: string) {
    this.paragraphs = paragraphSpans(text);
  }

  /**
   * The sentence containing [start, end); widened if a match straddles a sentence boundary.
   * Mentions in one sentence get the same Span array (fewer allocations): do not mutate it.
   */
  sentenceAt(start: number, end: number): Span {
    const p = this.paragraphIndex(start);
    if (p === -1) return [start, end];
    let sentences = this.cache.get(p);
    if (!sentences) {
      // the paragraph is one of paragraphSpans(text): its own spans are what sentenceSpans would split it into
      sentences = [];
      paragraphSentences(this.text, this.language, this.paragraphs[p][0], this.paragraphs[p][1], sentences);
      this.cache.set(p, sentences);
    }
    // Sentences are few per paragraph and sorted: a scan beats anything cleverer.
    let i = 0;
    while (i < sentences.length - 1 && sentences[i][1] <= start) i++;
    let j = i;
    while (j < sentences.length - 1 && sentences[j + 1][0] < end) j++;
    const first = sentences[i];
    const last = sentences[j];
    if (!first) return [start, end];
    if (first === last && first[0] <= start && end <= first[1]) return first;
    return [Math.min(first[0], start), Math.max(last[1], end)];
  }

  private paragraphIndex(offset: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = this.paragraphs[mid];
      if (offset < s) hi = mid - 1;
      else if (offset >= e) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
