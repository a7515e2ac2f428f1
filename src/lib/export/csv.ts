/**
 * CSV (RFC 4180) of the current view: a header row, then one row per mention. Fields with a comma,
 * quote or line break are quoted; a text field that a spreadsheet would run as a formula (starting
 * with = + - @ or a tab/CR) gets a leading apostrophe, so an article cannot plant a formula in the
 * analyst's spreadsheet. Lines end with CRLF; a byte-order mark lets spreadsheets read UTF-8.
 */
import type { ViewMention } from './view.ts';

export const CSV_COLUMNS = [
  'article', 'title', 'source', 'url', 'published', 'event_date', 'language',
  'place', 'place_name', 'kind', 'lon', 'lat', 'mention', 'excerpt', 'start', 'end',
] as const;

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function mentionsCsv(mentions: readonly ViewMention[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const { mention, article, place } of mentions) {
    const values: (string | number | undefined)[] = [
      article.id, article.title, article.source, article.url, article.published, mention.date, article.language,
      place.id, place.name, place.kind, place.lon, place.lat,
      article.text.slice(mention.start, mention.end),
      article.text.slice(mention.sentence[0], mention.sentence[1]),
      mention.start, mention.end,
    ];
    rows.push(values.map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
