/** Display formatting shared by the map and the sidebar (Intl, no hand-rolled month names). */
import type { PlaceKind } from './dataset';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2022-11-09" -> "9 Nov 2022". */
export const formatDay = (iso: string): string => DAY.format(new Date(`${iso}T00:00:00Z`));

/** "3 Nov 2022 – 15 Nov 2022", or one day, or an open end. */
export function formatRange(range: { from?: string; to?: string }): string {
  const { from, to } = range;
  if (from && to) return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
  if (from) return `from ${formatDay(from)}`;
  if (to) return `until ${formatDay(to)}`;
  return 'all dates';
}

const KIND_LABELS: Record<PlaceKind, string> = {
  river: 'river', city: 'city', town: 'town', village: 'village', dam: 'dam', reservoir: 'reservoir',
  canal: 'canal', power_plant: 'power plant', admin1: 'oblast', country: 'country', region: 'region',
  sea: 'sea', peninsula: 'peninsula',
};
export const kindLabel = (kind: PlaceKind): string => KIND_LABELS[kind];

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });
/** "id" -> "Indonesian"; unknown codes are shown as given. */
export function languageName(code: string): string {
  try {
    return LANGUAGES.of(code) ?? code;
  } catch {
    return code;
  }
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
