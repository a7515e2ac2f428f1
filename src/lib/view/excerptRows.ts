/** The sidebar's excerpt list, flattened for its virtual list, and the reader's marks. */
import type { Mention } from '../dataset.ts';
import type { ExcerptGroup } from '../index/index';

export type ExcerptRow = { kind: 'group'; group: ExcerptGroup } | { kind: 'excerpt'; group: ExcerptGroup; index: number };

/** A header row per article, then a row per excerpt. A group builds its excerpts lazily, so only
 *  groups scrolled into view pay for theirs. */
export function excerptRows(groups: readonly ExcerptGroup[]): ExcerptRow[] {
  return groups.flatMap((group): ExcerptRow[] => [
    { kind: 'group', group },
    ...Array.from({ length: group.count }, (_, index): ExcerptRow => ({ kind: 'excerpt', group, index })),
  ]);
}

/** A stable key for a row: the article's id, and the excerpt's place in it. */
export function excerptRowKey(row: ExcerptRow): string {
  return row.kind === 'group' ? row.group.article.id : `${row.group.article.id}:${row.index}`;
}

/** Excerpts over all groups. */
export const excerptTotal = (groups: readonly ExcerptGroup[]): number => groups.reduce((n, g) => n + g.count, 0);

