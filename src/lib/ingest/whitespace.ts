/** Whitespace normalisation, and the blocks and wrapped lines of an article body. */
import { paragraphSpans } from '../text/index.ts';
import { SENTENCE_END } from './lines.ts';

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

/** Blocks (paragraphs, separated by blank lines) of non-empty lines; most blocks are a single line. */
export function toBlocks(text: string): string[][] {
  return paragraphSpans(text).map(([start, end]) => {
    const block = text.slice(start, end);
    return block.includes('\n') ? block.split('\n').filter((line) => line !== '') : [block];
  });
}

/**
 * Hard-wrapped plain text (e-mail, wire copy) breaks sentences across lines. A line that does not end
 * a sentence followed by one that starts in lower case is the same paragraph: join them.
 */
export function joinWrappedLines(block: string[]): string[] {
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
