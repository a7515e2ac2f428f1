/**
 * Lowercase Latin transliteration of any name: Cyrillic by one Ukrainian/Russian table (Херсон ->
 * kherson), Latin diacritics dropped (Zaporižžja -> zaporizhzhja), letters NFKD cannot split mapped
 * by hand (ł, ø, ß, ı). The geoparser's spelling keys, ids and search folding all start here.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia', ў: 'u',
};

/** Letters outside NFKD's reach. */
const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };

export const APOSTROPHES = /['’ʼ`´‘′"”“]/g;

export function isCyrillicChar(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/** Lowercase Latin transliteration (no folding): Херсон -> kherson, Zaporižžja -> zaporizhzhja
 *  (`digraphs: false` keeps ž/š/č as plain z/s/c, for ids: Košice -> kosice). */
export function toLatin(s: string, digraphs = true): string {
  let out = '';
  const lower = s.toLowerCase();
  let plain = true;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 0x7f) { plain = false; break; }
  if (plain) return lower;
  // Scholarly transliteration of Cyrillic (Zaporižžja, Černihiv, Šostka) before diacritics go.
  const decomposed = (digraphs ? lower.replace(/[žšč]/g, (c) => (c === 'ž' ? 'zh' : c === 'š' ? 'sh' : 'ch')) : lower).normalize('NFKD');
  for (const ch of decomposed) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out += ch;
    else if (isCyrillicChar(code)) out += CYRILLIC[ch] ?? (code === 0x306 || code === 0x308 ? '' : ch);
    else if (code >= 0x300 && code <= 0x36f) continue; // combining marks: the base letter stays
    else out += SPECIAL[ch] ?? ch;
  }
  // NFKD splits й into и + breve and ї into і + diaeresis; the breve/diaeresis were dropped above.
  return out;
}

