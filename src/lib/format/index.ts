export { formatDay, formatDaySpan, formatRange } from './dates.ts';
export { formatCount, plural, pluralWord } from './plural.ts';
export { languageName } from './language.ts';
