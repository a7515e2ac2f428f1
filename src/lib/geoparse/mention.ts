/** A name found in the text, with its possible readings and the one chosen. */
import type { GazetteerEntry } from '../gazetteer/index';
import type { RawMatch } from './match';
import type { Cue } from './cues';

export interface Mention {
  raw: RawMatch;
  candidates: GazetteerEntry[];
  family: GazetteerEntry[];
  cue?: Cue;
  chosen?: GazetteerEntry;
  /** Chosen by a cue, a pattern or an unambiguous name: evidence for the article's other mentions. */
  explicit: boolean;
  /** Placed by "City, State" / "City, Country" (as the city or as the state). */
  pattern?: boolean;
}
