/**
 * The lazy excerpt list `excerpts()` returns: article groups known by position (where each group's
 * matching ranks start, how many excerpts it holds) in typed arrays, so a range change over a place
 * with 600k mentions creates no per-article object; a group is made when it is asked for.
 */
import type { Article } from '../dataset';
import type { ExcerptGroup, ExcerptList } from './types';

/** Makes the group whose matching ranks are picked[from..to). */
export type GroupMaker = (article: Article, count: number, from: number, to: number) => ExcerptGroup;

export class LazyExcerptList implements ExcerptList {
  readonly length: number;
  readonly excerptCount: number;
  private readonly made: (ExcerptGroup | undefined)[];

  /**
   * @param articleOf the article of each group (display order)
   * @param rankStart where each group's ranks start in the picked ranks (in scan order: group
   *   `order[i]` is shown at position i)
   * @param rankEnd where they end
   * @param before excerpts before each display position, plus the total at the end
   * @param order display position → scan position; undefined when they agree
   */
  constructor(
    private readonly articleOf: (position: number) => Article,
    private readonly rankStart: Uint32Array,
    private readonly rankEnd: Uint32Array,
    private readonly before: Uint32Array,
    private readonly order: Uint32Array | undefined,
    private readonly make: GroupMaker,
  ) {
    this.length = before.length - 1;
    this.excerptCount = before[this.length];
    this.made = new Array<ExcerptGroup | undefined>(this.length);
  }

  at(position: number): ExcerptGroup {
    if (!(position >= 0 && position < this.length)) throw new RangeError(`excerpt list: no group at ${position} (length ${this.length})`);
    let group = this.made[position];
    if (!group) {
      const scan = this.order ? this.order[position] : position;
      const count = this.before[position + 1] - this.before[position];
      group = this.make(this.articleOf(position), count, this.rankStart[scan], this.rankEnd[scan]);
      this.made[position] = group;
    }
    return group;
  }

  excerptsBefore(position: number): number {
    return this.before[position];
  }

  *[Symbol.iterator](): Iterator<ExcerptGroup> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Plain data for JSON.stringify: the groups (each builds its excerpts). */
  toJSON(): ExcerptGroup[] {
    return [...this];
  }
}

/** The list with no group (an unknown place, or nothing in range). */
export const EMPTY_EXCERPTS: ExcerptList = new LazyExcerptList(
  () => { throw new RangeError('empty'); }, new Uint32Array(0), new Uint32Array(0), new Uint32Array(1), undefined,
  () => { throw new RangeError('empty'); },
);
