/** Counts in words, through Intl.PluralRules and Intl.NumberFormat (no `n === 1 ? … : …` in components). */

const RULES = new Intl.PluralRules('en-GB');
const NUMBER = new Intl.NumberFormat('en-GB');

/** "1,234" */
export const formatCount = (n: number): string => NUMBER.format(n);

/** The word for `count` things: `one` for one, else `many` (by default `one` + "s"). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return RULES.select(count) === 'one' ? one : many;
}

/** "1 mention", "1,234 mentions"; `many` for irregular plurals ("excerpts lie"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${pluralWord(count, one, many)}`;
}
