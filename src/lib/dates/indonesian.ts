/**
 * Indonesian weekday references chrono-node's `id` parser misses: "pada Minggu" (on Sunday, without
 * "hari"), "Jumat lalu" (last Friday), "Senin depan" (next Monday).
 *
 * "minggu" is also the word for "week" ("minggu lalu" = last week), so a weekday counts only after
 * "hari" (day) in any case, or capitalised after "pada"/"sejak"/"hingga"/"sampai"/"on".
 */

const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6,
};

const NAME = String.raw`(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)`;
const AFTER_HARI = new RegExp(String.raw`\bhari\s+${NAME}\b(?:\s+(lalu|kemarin|depan))?`, 'iu');
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:pada|sejak|hingga|sampai)\s+${NAME}\b(?:\s+(lalu|kemarin|depan))?`, 'u');
/** "setiap hari Minggu" is every Sunday, not a date. */
const EVERY = /\b(?:setiap|tiap)\s+(?:hari\s+)?$/iu;

/** `index` and `length`: the matched phrase ("pada Minggu lalu") in the sentence. */
export interface IndonesianWeekday { index: number; length: number; weekday: number; last: boolean; next: boolean }

export function indonesianWeekday(sentence: string): IndonesianWeekday | undefined {
  const matches = [AFTER_HARI.exec(sentence), AFTER_PREPOSITION.exec(sentence)]
    .filter((m): m is RegExpExecArray => m !== null && !EVERY.test(sentence.slice(0, m.index + m[0].indexOf(m[1]))))
    .sort((a, b) => a.index - b.index);
  const first = matches[0];
  if (!first) return undefined;
  const weekday = WEEKDAYS[first[1].toLowerCase()];
  const modifier = first[2]?.toLowerCase();
  return { index: first.index, length: first[0].length, weekday, last: modifier === 'lalu' || modifier === 'kemarin', next: modifier === 'depan' };
}
