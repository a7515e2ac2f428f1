/**
 * Language of an article: ISO 639-1 from the metadata when it is valid, else detected with franc.
 *
 * franc knows ~400 languages and on short news snippets it happily answers Bulgarian for Russian or
 * Malay for Indonesian. We only let it choose among the languages a news corpus here is likely to be
 * in (`only`), give it at most the first few thousand characters (plenty for trigrams, and keeps big
 * files cheap), and answer "und" (undetermined) for texts too short to judge.
 */
import { franc } from 'franc';

/** ISO 639-3 (what franc returns) -> ISO 639-1 (what the dataset stores). */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en', ind: 'id', ukr: 'uk', rus: 'ru', deu: 'de', fra: 'fr', spa: 'es', ita: 'it',
  por: 'pt', nld: 'nl', pol: 'pl', tur: 'tr', ron: 'ro', ces: 'cs', swe: 'sv', fin: 'fi',
  arb: 'ar', cmn: 'zh', jpn: 'ja', vie: 'vi',
};

const ISO1_TO_ISO3: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ISO3_TO_ISO1).map(([three, one]) => [one, three]),
);

/** Withdrawn ISO 639-1 codes old CMSs still emit (`lang="in"` for Indonesian). */
const DEPRECATED_ISO1: Readonly<Record<string, string>> = { in: 'id', iw: 'he', ji: 'yi', jw: 'jv', mo: 'ro' };

const CANDIDATES = Object.keys(ISO3_TO_ISO1);

/** Fewer letters than this and any guess is noise. */
const MIN_LETTERS = 20;
/** Trigram statistics settle long before this; the cap keeps detection O(1) per article. */
const SAMPLE_CHARS = 4000;

export const UNDETERMINED = 'und';

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return UNDETERMINED;
  const code = franc(sample, { only: CANDIDATES, minLength: MIN_LETTERS });
  return ISO3_TO_ISO1[code] ?? UNDETERMINED;
}

/**
 * Normalise a declared language (front matter `language`, HTML `lang`) to ISO 639-1, or undefined
 * when it is not one: "en-GB" -> "en", "EN" -> "en", "eng" -> "en", "english" -> undefined.
 */
export function normalizeLanguageTag(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (DEPRECATED_ISO1[primary]) return DEPRECATED_ISO1[primary];
  if (/^[a-z]{2}$/.test(primary)) return isKnownIso1(primary) ? primary : undefined;
  if (/^[a-z]{3}$/.test(primary)) return ISO3_TO_ISO1[primary];
  return undefined;
}

/** Intl knows the ISO 639-1 registry; an unknown two-letter code ("xx") comes back unchanged. */
function isKnownIso1(code: string): boolean {
  if (ISO1_TO_ISO3[code]) return true;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
    return name !== undefined;
  } catch {
    return false;
  }
}
