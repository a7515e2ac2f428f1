import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatHash, parseHash, viewUrl, type ViewState } from '../../src/lib/view/index';

const known = new Set(['kherson', 'nova-kakhovka', 'kherson-oblast', 'a&b =ü']);
const knownPlace = (id: string) => known.has(id);

describe('parseHash', () => {
  it('restores place and range from the documented form', () => {
    const { state, notices } = parseHash('#place=kherson&from=2022-11-01&to=2022-11-15', knownPlace);
    expect(state).toEqual({ ...DEFAULT_VIEW, place: 'kherson', from: '2022-11-01', to: '2022-11-15' });
    expect(notices).toEqual([]);
  });

  it('reads the extra keys and tolerates a missing "#" and unknown keys', () => {
    const { state, notices } = parseHash('place=kherson-oblast&basis=event&undated=1&inside=1&order=oldest&zoom=7', knownPlace);
    expect(state).toEqual({ place: 'kherson-oblast', basis: 'event', includeUndated: true, includeInside: true, order: 'oldest' });
    expect(notices).toEqual([]);
  });

  it('gives the default view for an empty hash', () => {
    expect(parseHash('', knownPlace)).toEqual({ state: DEFAULT_VIEW, notices: [] });
    expect(parseHash('#', knownPlace)).toEqual({ state: DEFAULT_VIEW, notices: [] });
  });

  it('ignores an unknown place with a notice naming it, and keeps the rest', () => {
    const { state, notices } = parseHash('#place=foo&from=2022-11-01', knownPlace);
    expect(state).toEqual({ ...DEFAULT_VIEW, from: '2022-11-01' });
    expect(notices).toEqual(['Unknown place “foo” in the link was ignored']);
  });

  it.each([['2022-02-30'], ['abc'], ['2022-11-1'], ['20221101']])('ignores the invalid date %s with a notice', (bad) => {
    const { state, notices } = parseHash(`#place=kherson&from=${bad}&to=2022-11-15`, knownPlace);
    expect(state).toEqual({ ...DEFAULT_VIEW, place: 'kherson', to: '2022-11-15' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`“${bad}”`);
  });

  it('ignores a range that starts after it ends, naming both dates', () => {
    const { state, notices } = parseHash('#place=kherson&from=2022-11-15&to=2022-11-01&order=oldest', knownPlace);
    expect(state).toEqual({ ...DEFAULT_VIEW, place: 'kherson', order: 'oldest' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/“2022-11-15”.*“2022-11-01”.*starts after it ends/);
  });

  it('reports every bad value at once', () => {
    const { state, notices } = parseHash('#place=nowhere&to=2023-13-01&basis=moon&undated=yes&order=random', knownPlace);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toHaveLength(5);
    for (const value of ['nowhere', '2023-13-01', 'moon', 'yes', 'random']) expect(notices.join('\n')).toContain(`“${value}”`);
  });

  it('does not mistake inherited object keys for flag values', () => {
    const { state, notices } = parseHash('#undated=toString&inside=constructor', knownPlace);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toHaveLength(2);
  });

  it('shortens a very long bad value in the notice', () => {
    const { notices } = parseHash(`#place=${'x'.repeat(5000)}`, knownPlace);
    expect(notices[0].length).toBeLessThan(120);
  });
});

describe('formatHash', () => {
  it('writes the documented form and omits defaults', () => {
    expect(formatHash({ ...DEFAULT_VIEW, place: 'kherson', from: '2022-11-01', to: '2022-11-15' })).toBe('#place=kherson&from=2022-11-01&to=2022-11-15');
    expect(formatHash(DEFAULT_VIEW)).toBe('');
  });

  const states: ViewState[] = [
    DEFAULT_VIEW,
    { ...DEFAULT_VIEW, place: 'kherson' },
    { ...DEFAULT_VIEW, from: '2022-11-01' },
    { ...DEFAULT_VIEW, to: '2024-02-29' },
    { place: 'kherson-oblast', from: '2022-11-01', to: '2022-11-01', basis: 'event', includeUndated: true, includeInside: true, order: 'oldest' },
    { ...DEFAULT_VIEW, place: 'a&b =ü', includeInside: true },
  ];
  it.each(states.map((s) => [formatHash(s) || '(empty)', s]))('round-trips %s', (_, state) => {
    expect(parseHash(formatHash(state), knownPlace)).toEqual({ state, notices: [] });
  });
});

describe('viewUrl', () => {
  const at = (hash: string) => ({ pathname: '/placeline/', search: '?lang=en', hash });

  it('changes only the hash, and says when there is nothing to change', () => {
    expect(viewUrl(at(''), { ...DEFAULT_VIEW, place: 'kherson' })).toBe('/placeline/?lang=en#place=kherson');
    expect(viewUrl(at('#place=kherson'), { ...DEFAULT_VIEW, place: 'kherson' })).toBeNull();
    expect(viewUrl(at('#place=kherson'), { ...DEFAULT_VIEW })).toBe('/placeline/?lang=en');
    expect(viewUrl(at(''), { ...DEFAULT_VIEW })).toBeNull();
  });
});
