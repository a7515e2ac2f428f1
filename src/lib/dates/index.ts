export { englishDateParser, indonesianDateParser } from './parsers.ts';
export { ArticleDates, type DatedExpression, eventDate, nearestDate, sentenceDates } from './sentenceDates.ts';
export { inferYear, weekdayAfter, weekdayOnOrBefore } from './inference.ts';
