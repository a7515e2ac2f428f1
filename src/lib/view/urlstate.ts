/**
 * The view state in the URL hash, so a view can be shared as a link:
 *   #place=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD&basis=event&undated=1&inside=1&order=oldest
 * Only non-default values are written. Reading is forgiving: a bad value (unknown place, a date
 * that does not exist, from after to, an unknown option) is dropped with a notice the page can
 * show, and the rest of the link still applies. Unknown keys are ignored, so other parts of the app
 * can add their own.
 */
import type { DateBasis, ExcerptOrder } from '../index/index';
import { isIsoDay } from '../days/index.ts';

export interface ViewState {
  place?: string;
  from?: string;
  to?: string;
  basis: DateBasis;
  includeUndated: boolean;
  includeInside: boolean;
  order: ExcerptOrder;
}

export const DEFAULT_VIEW: Readonly<ViewState> = { basis: 'published', includeUndated: false, includeInside: false, order: 'newest' };

/** Quote a value from the link for a notice, shortened so a hostile link cannot flood the page. */
function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `“${short}”`;
}

const FLAGS = new Map<string, boolean>([['1', true], ['true', true], ['0', false], ['false', false]]);

export function parseHash(hash: string, knownPlace: (id: string) => boolean): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ViewState = { ...DEFAULT_VIEW };
  const notices: string[] = [];

  const place = params.get('place');
  if (place !== null && place !== '') {
    if (knownPlace(place)) state.place = place;
    else notices.push(`Unknown place ${quote(place)} in the link was ignored`);
  }

  const date = (key: 'from' | 'to', label: string): string | undefined => {
    const value = params.get(key);
    if (value === null || value === '') return undefined;
    if (isIsoDay(value)) return value;
    notices.push(`Invalid ${label} date ${quote(value)} in the link was ignored (expected a real date as YYYY-MM-DD)`);
    return undefined;
  };
  const from = date('from', '“From”');
  const to = date('to', '“To”');
  if (from !== undefined && to !== undefined && from > to) {
    notices.push(`The date range ${quote(from)} to ${quote(to)} in the link was ignored (it starts after it ends)`);
  } else {
    if (from !== undefined) state.from = from;
    if (to !== undefined) state.to = to;
  }

  const basis = params.get('basis');
  if (basis === 'published' || basis === 'event') state.basis = basis;
  else if (basis !== null) notices.push(`Unknown date basis ${quote(basis)} in the link was ignored (expected “published” or “event”)`);

  const order = params.get('order');
  if (order === 'newest' || order === 'oldest') state.order = order;
  else if (order !== null) notices.push(`Unknown order ${quote(order)} in the link was ignored (expected “newest” or “oldest”)`);

  const flag = (key: string, label: string): boolean | undefined => {
    const value = params.get(key);
    if (value === null) return undefined;
    const flagValue = FLAGS.get(value);
    if (flagValue !== undefined) return flagValue;
    notices.push(`Invalid value ${quote(value)} for ${label} in the link was ignored (expected 1 or 0)`);
    return undefined;
  };
  state.includeUndated = flag('undated', '“undated”') ?? state.includeUndated;
  state.includeInside = flag('inside', '“inside”') ?? state.includeInside;

  return { state, notices };
}

/** The hash for a state ("#…"), or "" for the default view. Keys in a fixed order, defaults omitted. */
export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.place) params.set('place', state.place);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.basis !== DEFAULT_VIEW.basis) params.set('basis', state.basis);
  if (state.includeUndated) params.set('undated', '1');
  if (state.includeInside) params.set('inside', '1');
  if (state.order !== DEFAULT_VIEW.order) params.set('order', state.order);
  const query = params.toString();
  return query === '' ? '' : `#${query}`;
}

/**
 * The address to put in the history for a state, or null when it is the address already shown.
 * The hash is the only part that changes; path and query stay.
 */
export function viewUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'>, state: ViewState): string | null {
  const url = `${location.pathname}${location.search}${formatHash(state)}`;
  return url === `${location.pathname}${location.search}${location.hash}` ? null : url;
}
