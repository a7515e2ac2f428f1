import { describe, expect, it } from 'vitest';
import type { Article, Mention, Place } from '../../src/lib/dataset';
import type { ExcerptGroup, ExcerptList } from '../../src/lib/index/index';
import { seededRandom } from '../support/random';
import {
  DEFAULT_VIEW, countsByPlace, excerptRowKey, excerptRows, queryOf, rowArray, withLayerVisible,
} from '../../src/lib/view/index';

const article = (id: string): Article => ({ id, file: `${id}.md`, title: id, language: 'en', text: '' });
/** Groups as the index returns them; building an excerpt would throw, so the rows must not. */
const group = (id: string, count: number): ExcerptGroup => ({
  article: article(id),
  count,
  get excerpts(): never { throw new Error('rows must not build excerpts'); },
}) as ExcerptGroup;
/** A list over plain groups that records which positions were asked for. */
function listOf(groups: ExcerptGroup[]): ExcerptList & { asked: number[] } {
  const before = [0];
  for (const g of groups) before.push(before.at(-1)! + g.count);
  const asked: number[] = [];
  return {
    asked,
    length: groups.length,
    excerptCount: before.at(-1)!,
    at: (i) => { asked.push(i); return groups[i]; },
    excerptsBefore: (i) => before[i],
    [Symbol.iterator]: () => groups[Symbol.iterator](),
  };
}
/** What the rows were when the sidebar flattened every group into row objects. */
const flattened = (groups: ExcerptGroup[]): string[] =>
  groups.flatMap((g) => [g.article.id, ...Array.from({ length: g.count }, (_, i) => `${g.article.id}:${i}`)]);

describe('excerpt rows', () => {
  it('resolve a header row and one row per excerpt by position, without building excerpts', () => {
    const groups = [group('a', 2), group('b', 0), group('c', 1)];
    const rows = excerptRows(listOf(groups));
    expect(rows.length).toBe(6);
    const all = Array.from({ length: rows.length }, (_, i) => rows.at(i));
    expect(all.map(excerptRowKey)).toEqual(['a', 'a:0', 'a:1', 'b', 'c', 'c:0']);
    expect(all.map((r) => r.kind)).toEqual(['group', 'excerpt', 'excerpt', 'group', 'group', 'excerpt']);
    expect(() => rows.at(6)).toThrow(RangeError);
    expect(() => rows.at(-1)).toThrow(RangeError);
  });

  it('agree with flattening for random lists, and make only the groups of the rows asked for', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 50; trial++) {
      const groups = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, g) => group(`g${g}`, Math.floor(random() * 6)));
      const rows = excerptRows(listOf(groups));
      expect(Array.from({ length: rows.length }, (_, i) => excerptRowKey(rows.at(i)))).toEqual(flattened(groups));
    }
    const big = listOf(Array.from({ length: 100_000 }, (_, g) => group(`g${g}`, 5)));
    const row = excerptRows(big).at(300_007); // group 50001's header is row 300006
    expect(row).toMatchObject({ kind: 'excerpt', index: 0, group: { article: { id: 'g50001' } } });
    expect(big.asked).toEqual([50001]);
  });

  it('read as an array for the virtual list: length, indexes and the same row object twice', () => {
    const rows = rowArray(excerptRows(listOf([group('a', 1), group('b', 2)])));
    expect(rows.length).toBe(5);
    expect(rows[3]).toMatchObject({ kind: 'excerpt', index: 0 });
    expect(rows[3]).toBe(rows[3]);
    expect(rows[5]).toBeUndefined();
    expect(excerptRowKey(rows[4])).toBe('b:1');
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
