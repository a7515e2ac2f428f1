/**
 * Messages between the page and the ingest worker. Files travel as the platform's File objects
 * (structured-cloneable; the worker reads them, so their bytes never pass through the page's thread).
 */
import type { Dataset } from '../dataset.ts';
import type { ImportReport } from './report.ts';
import type { ImportProgress } from './run.ts';

export interface PickedFile {
  file: File;
  /** Path inside a picked or dropped folder ("notes/a.md"), when the file came from one. */
  relativePath?: string;
}

export type ToWorker =
  | { type: 'import'; job: number; files: PickedFile[]; existingIds: [id: string, file: string][] }
  | { type: 'open-dataset'; job: number; file: File; existingIds: [id: string, file: string][] }
  | { type: 'cancel'; job: number };

export type FromWorker =
  | { type: 'progress'; job: number; progress: ImportProgress }
  | { type: 'done'; job: number; dataset: Dataset; report: ImportReport }
  | { type: 'cancelled'; job: number }
  | { type: 'failed'; job: number; message: string };
