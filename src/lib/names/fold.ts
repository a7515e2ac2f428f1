/**
 * Fold a name for matching: case, diacritics (Zaporižžia, Kyïv), apostrophes (Kam'yanske,
 * Кам’янське) and punctuation/spacing differences (Nova-Kakhovka) do not matter. Works for any
 * script: Cyrillic й/ї fold to и/і the same way on both sides, so "Київ" still finds "Київ".
 */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’ʼʻ‘`´ʹ]/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}
