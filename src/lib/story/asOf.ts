/**
 * Time-aware overlays: every dated fact is judged as of one day, the end of the selected range
 * ("All dates" and an open end mean today). Dates are compared as text: YYYY-MM-DD sorts by time, and
 * a bare year ("1956") sorts before every day of that year and after every earlier one.
 */
import type { StoryFact } from './schema';

/** The day the overlays are drawn as of: the range's end, else today (UTC). */
export function asOfDay(range: { to?: string }, today: Date = new Date()): string {
  return range.to ?? today.toISOString().slice(0, 10);
}

/** A fact's date on a feature as text ("2022-09-30", "1956"), or undefined when the feature has none. */
export function factDate(properties: Record<string, unknown>, fact: Pick<StoryFact, 'property'>): string | undefined {
  const value = properties[fact.property];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Whether a dated fact has happened by `asOf`. */
export const hasHappened = (date: string, asOf: string): boolean => date <= asOf;
