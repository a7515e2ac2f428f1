/**
 * Which file already has an article id, for the merge's duplicate check ("a file whose id an earlier
 * file has is rejected"). Articles added one by one are kept in a map; the 150,000 articles a
 * re-ingest carries over from the previous layout are not (filling a map with them cost a third of
 * a second): they are found by their place in that layout's ledger, looked up only for the few
 * articles that are added one by one.
 */
export interface LedgerIds { ids: readonly string[]; articleFiles: readonly string[] }

export class ArticleIds {
  private readonly added = new Map<string, string>();
  /** Every accepted article's id and file in order (the next ledger), in pieces. */
  private readonly idParts: (readonly string[])[] = [[]];
  private readonly fileParts: (readonly string[])[] = [[]];
  private previousIndex?: Map<string, number>;
  /** Per article of the previous layout: carried over (1), or its id taken by an added article (2). */
  private readonly previousState: Uint8Array;

  constructor(private readonly previous?: LedgerIds) {
    this.previousState = new Uint8Array(previous?.ids.length ?? 0);
  }

  /** The file that has `id` among the articles so far, if any. */
  fileOf(id: string): string | undefined {
    const file = this.added.get(id);
    if (file !== undefined || !this.previous) return file;
    const j = this.indexOfPrevious(id);
    return j !== undefined && this.previousState[j] === CARRIED ? this.previous.articleFiles[j] : undefined;
  }

  add(id: string, file: string): void {
    this.added.set(id, file);
    (this.idParts[this.idParts.length - 1] as string[]).push(id);
    (this.fileParts[this.fileParts.length - 1] as string[]).push(file);
    const j = this.previous ? this.indexOfPrevious(id) : undefined;
    if (j !== undefined && this.previousState[j] !== CARRIED) this.previousState[j] = TAKEN;
  }

  /** The previous layout's articles [from, to), carried over; false (and nothing added) when an
   *  added article already has one of their ids. */
  addCarried(from: number, to: number): boolean {
    if (!this.previous) throw new Error('no previous layout to carry articles from');
    if (this.previousState.subarray(from, to).includes(TAKEN)) return false;
    this.previousState.fill(CARRIED, from, to);
    this.idParts.push(this.previous.ids.slice(from, to), []);
    this.fileParts.push(this.previous.articleFiles.slice(from, to), []);
    return true;
  }

  /** Every article's id and file, in order. */
  inOrder(): LedgerIds {
    return { ids: this.idParts.flat(), articleFiles: this.fileParts.flat() };
  }

  private indexOfPrevious(id: string): number | undefined {
    this.previousIndex ??= new Map(this.previous!.ids.map((previousId, j) => [previousId, j]));
    return this.previousIndex.get(id);
  }
}

const CARRIED = 1;
const TAKEN = 2;
