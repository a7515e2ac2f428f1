/**
 * Calendar days as integers (days since 1970-01-01, UTC), so the index compares and sorts Int32s
 * instead of date strings. YYYY-MM-DD strings sort the same way, but integer keys let range queries
 * use binary search on typed arrays and keep per-mention storage at 4 bytes.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a real calendar date YYYY-MM-DD, or undefined when the string is not one (2022-02-30, "abc"). */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  // Date.UTC rolls 2022-02-30 over to March: reject instead of silently moving the date.
  // (Date.UTC also maps years 0–99 to 1900–1999, which this check rejects too.)
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.floor(ms / MS_PER_DAY);
}

/** YYYY-MM-DD for a day number. */
export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when the string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDay(s: string): boolean {
  return dayNumber(s) !== undefined;
}
