/** Download names that say what the file holds: placeline-kherson-2022-11-01_2022-11-30.geojson. */
import type { DateRange } from '../index/index.ts';

export function exportFileName(what: string, placeId: string | undefined, range: DateRange, extension: string): string {
  const parts = ['placeline', placeId ?? 'all-places', what];
  if (range.from || range.to) parts.push(`${range.from ?? 'start'}_${range.to ?? 'end'}`);
  return `${parts.join('-')}.${extension}`;
}
