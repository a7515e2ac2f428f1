/**
 * Article body -> the cleaned text readers see and mention offsets refer to.
 *
 * Text copied from news pages carries page furniture: "ALSO READ" teasers, share/comment widgets,
 * image credits, slide counters, repeated captions and a tail of unrelated headlines. None of it is
 * what the article says, so it must not produce place mentions. Every rule below is GENERAL (a shape
 * of clutter seen on news sites in several languages), never a string copied from a seed article.
 *
 * Output: one paragraph per kept line, paragraphs separated by a blank line, whitespace normalised.
 * Rules 1–6 (credits, widget labels, teasers, counters, syndication notes) are in clutter.ts, rule 7
 * (repeats) in repeats.ts, rules 8–9 (teaser blocks, trailing junk) below.
 */
import { dropClutterLines, stripInlineCredits } from './clutter.ts';
import { isHeadlineLike, type Line, wordCount } from './lines.ts';
import { dropRepeats } from './repeats.ts';
import { joinWrappedLines, normalizeWhitespace, toBlocks } from './whitespace.ts';

export interface CleanOptions {
  /** The article's headline: copies of it (and truncated copies, e.g. image alt text) are dropped. */
  title?: string;
}

export function cleanText(raw: string, language?: string, options: CleanOptions = {}): string {
  void language; // The rules are multilingual; the parameter is kept for language-specific rules.
  const blocks = toBlocks(normalizeWhitespace(raw));
  const lines: Line[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const text of joinWrappedLines(block)) {
      const stripped = stripInlineCredits(text);
      if (stripped) lines.push({ text: stripped, block: blockIndex, keep: true });
    }
  });

  dropClutterLines(lines);
  dropRepeats(lines, options.title);
  dropTeaserBlocks(lines);
  dropTrailingJunk(lines);

  return lines.filter((l) => l.keep).map((l) => l.text).join('\n\n');
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
    const introduced = previousKept !== undefined && endsWithColon(previousKept.text);
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

/** `/:\s*$/.test(text)` without the regex, which scans a whole paragraph for its colons. */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end > 0 && text.charCodeAt(end - 1) === 0x3a /* : */;
}

function hasProse(lines: Line[]): boolean {
  return lines.some((l) => l.keep && !isHeadlineLike(l.text));
}
