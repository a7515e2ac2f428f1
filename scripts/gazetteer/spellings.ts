/**
 * Spellings of Ukrainian and Russian place names generated from their Cyrillic forms with each
 * language's usual transliteration (press practice, simplified): Херсон -> Cherson (de, pl, cs, it),
 * Jersón (es), Herszon (hu), Herson (tr), Kherson (en, fr, pt, id); Каховка -> Kachowka (de, pl),
 * Kajovka (es), Kahovka (hu, tr). Ukrainian г, и, і are read as Ukrainian (h, y, i); Russian
 * е/ё/я/ю at a word start or after a vowel get the language's j/y glide.
 */
export const SPELLING_LANGUAGES = ['en', 'de', 'fr', 'pl', 'cs', 'es', 'it', 'pt', 'hu', 'tr', 'id'] as const;
export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number];

type Table = Record<string, string>;

/** Letters every language writes alike. */
const COMMON: Table = { а: 'a', б: 'b', д: 'd', з: 'z', і: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ь: '', ъ: '', ы: 'y', э: 'e', е: 'e', ґ: 'g', ў: 'u' };

/** Per language: the letters that differ. `г` is the Ukrainian reading; `гru` the Russian one. */
const TABLES: Record<SpellingLanguage, Table> = {
  en: { в: 'v', г: 'h', гru: 'g', ж: 'zh', и: 'y', иru: 'i', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', ё: 'yo', je: 'ye' },
  id: { в: 'v', г: 'h', гru: 'g', ж: 'zh', и: 'y', иru: 'i', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', ё: 'yo', je: 'ye' },
  de: { в: 'w', г: 'h', гru: 'g', ж: 'sch', з: 's', с: 's', и: 'y', иru: 'i', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', є: 'je', ї: 'ji', ю: 'ju', я: 'ja', ё: 'jo', je: 'je', у: 'u' },
  fr: { в: 'v', г: 'h', гru: 'g', ж: 'j', и: 'y', иru: 'i', й: 'ï', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', є: 'ie', ї: 'ï', ю: 'iou', я: 'ia', ё: 'io', je: 'ie', у: 'ou' },
  pl: { в: 'w', г: 'h', гru: 'g', ж: 'ż', и: 'y', иru: 'i', й: 'j', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz', є: 'je', ї: 'ji', ю: 'ju', я: 'ja', ё: 'jo', je: 'je' },
  cs: { в: 'v', г: 'h', гru: 'g', ж: 'ž', и: 'y', иru: 'i', й: 'j', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', є: 'je', ї: 'ji', ю: 'ju', я: 'ja', ё: 'jo', je: 'je' },
  es: { в: 'v', г: 'h', гru: 'g', ж: 'y', и: 'y', иru: 'i', й: 'i', х: 'j', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', ё: 'yo', je: 'ye' },
  it: { в: 'v', г: 'h', гru: 'g', ж: 'ž', и: 'y', иru: 'i', й: 'j', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', є: 'je', ї: 'ji', ю: 'ju', я: 'ja', ё: 'jo', je: 'je' },
  pt: { в: 'v', г: 'h', гru: 'g', ж: 'j', и: 'y', иru: 'i', й: 'i', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', є: 'ie', ї: 'ii', ю: 'iu', я: 'ia', ё: 'io', je: 'ie' },
  hu: { в: 'v', г: 'h', гru: 'g', ж: 'zs', с: 'sz', з: 'z', и: 'i', иru: 'i', й: 'j', х: 'h', ц: 'c', ч: 'cs', ш: 's', щ: 'scs', є: 'je', ї: 'ji', ю: 'ju', я: 'ja', ё: 'jo', je: 'je' },
  tr: { в: 'v', г: 'h', гru: 'g', ж: 'j', и: 'ı', иru: 'i', й: 'y', х: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şç', є: 'ye', ї: 'yi', ю: 'yu', я: 'ya', ё: 'yo', je: 'ye' },
};

const UKRAINIAN_LETTERS = /[іїєґ]/i;
const RUSSIAN_LETTERS = /[ыэёъ]/i;
const VOWELS = 'аеєиіїоуыэюяё';

function capitalise(word: string): string {
  return word.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** One Cyrillic name in one language; `russian` picks the Russian readings of г, и, е. */
export function transliterateName(cyrillic: string, language: SpellingLanguage, russian: boolean): string {
  const table = TABLES[language];
  const lower = cyrillic.toLowerCase().replace(/['’ʼ]/g, '');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const prev = i > 0 ? lower[i - 1] : ' ';
    if (ch === 'е' && russian && (prev === ' ' || prev === '-' || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ')) { out += table.je; continue; }
    const key = russian && (ch === 'г' || ch === 'и') ? `${ch}ru` : ch;
    out += table[key] ?? table[ch] ?? COMMON[ch] ?? ch;
  }
  // Hungarian doubles a digraph by its first letter: zs+zs -> zzs (Zaporizzsja), cs+cs -> ccs
  if (language === 'hu') out = out.replace(/zszs/g, 'zzs').replace(/cscs/g, 'ccs').replace(/szsz/g, 'ssz');
  return capitalise(out);
}

/** Every language's spelling(s) of a Cyrillic name (both readings when the letters do not tell). */
export function generatedSpellings(cyrillic: string): string[] {
  const readings = UKRAINIAN_LETTERS.test(cyrillic) ? [false] : RUSSIAN_LETTERS.test(cyrillic) ? [true] : [false, true];
  const out = new Set<string>();
  for (const language of SPELLING_LANGUAGES) for (const russian of readings) out.add(transliterateName(cyrillic, language, russian));
  return [...out];
}
