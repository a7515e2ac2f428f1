/**
 * The facts panel's lines for a selected overlay feature, as of a day: a fact that has happened is
 * shown with its date ("Reopened: 11 Nov 2022"); one that has not says so ("Not yet
 * reopened") or is left out when the story gives no pending text.
 */
import { formatDay } from '../format';
import { factDate, hasHappened } from './asOf';
import type { StoryFact } from './schema';

export interface FactLine {
  term: string;
  value: string;
  /** The fact's date is after the as-of day. */
  pending: boolean;
}

const formatFactDate = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDay(date) : date);

export function featureFacts(facts: readonly StoryFact[], properties: Record<string, unknown>, asOf: string): FactLine[] {
  const lines: FactLine[] = [];
  for (const fact of facts) {
    const date = factDate(properties, fact);
    if (!date) continue;
    if (hasHappened(date, asOf)) {
      lines.push({ term: fact.label, value: fact.note ? `${formatFactDate(date)} (${fact.note})` : formatFactDate(date), pending: false });
    } else if (fact.pending) {
      lines.push({ term: fact.pending, value: `as of ${formatDay(asOf)}`, pending: true });
    }
  }
  return lines;
}

/** Plain facts any feature may carry (codes, population), after the story's dated ones. */
export function generalFacts(properties: Record<string, unknown>): FactLine[] {
  const lines: FactLine[] = [];
  if (typeof properties.iso === 'string' && properties.iso) lines.push({ term: properties.iso.includes('-') ? 'ISO 3166-2' : 'ISO 3166-1', value: properties.iso, pending: false });
  if (typeof properties.population === 'number') lines.push({ term: 'Population', value: properties.population.toLocaleString('en-GB'), pending: false });
  return lines;
}

export { formatFactDate };
