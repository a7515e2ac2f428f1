import { describe, expect, it } from 'vitest';
import type { Article, Mention, Place } from '../../src/lib/dataset';
import type { ExcerptGroup } from '../../src/lib/index/index';
import {
  DEFAULT_VIEW, countsByPlace, excerptRowKey, excerptRows, excerptTotal, queryOf, withLayerVisible,
} from '../../src/lib/view/index';

const article = (id: string): Article => ({ id, file: `${id}.md`, title: id, language: 'en', text: '' });
/** Groups as the index returns them; building an excerpt would throw, so the rows must not. */
const group = (id: string, count: number): ExcerptGroup => ({
  article: article(id),
  count,
  get excerpts(): never { throw new Error('rows must not build excerpts'); },
}) as ExcerptGroup;

describe('excerpt rows', () => {
  it('flattens groups into a header row and one row per excerpt, without building excerpts', () => {
    const groups = [group('a', 2), group('b', 0), group('c', 1)];
    const rows = excerptRows(groups);
    expect(rows.map(excerptRowKey)).toEqual(['a', 'a:0', 'a:1', 'b', 'c', 'c:0']);
    expect(rows.map((r) => r.kind)).toEqual(['group', 'excerpt', 'excerpt', 'group', 'group', 'excerpt']);
    expect(excerptTotal(groups)).toBe(3);
  });
});

describe('page state helpers', () => {
  it('asks the index what the view shows', () => {
    expect(queryOf({ ...DEFAULT_VIEW, from: '2022-11-01', basis: 'event', includeUndated: true, place: 'kherson' }))
      .toEqual({ range: { from: '2022-11-01', to: undefined }, basis: 'event', includeUndated: true });
  });

  it('keys the index counts by place id', () => {
    const places = [{ id: 'a' }, { id: 'b' }] as Place[];
    expect([...countsByPlace(places, new Uint32Array([3, 0]))]).toEqual([['a', 3], ['b', 0]]);
  });

  it('hides and shows legend layers without changing the set it was given', () => {
    const none = new Set<string>();
    const hidden = withLayerVisible(none, 'dnipro', false);
    expect([...hidden]).toEqual(['dnipro']);
    expect(none.size).toBe(0);
    expect([...withLayerVisible(hidden, 'dnipro', true)]).toEqual([]);
  });
});
