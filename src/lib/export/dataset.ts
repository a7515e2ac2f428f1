/** The whole dataset shown, as the Dataset JSON of PRODUCT.md: the CLI and "Open dataset…" read it back. */
import { datasetSchema, type Dataset } from '../dataset.ts';

/** @throws Error when the dataset does not match the schema (a bug: it was valid when loaded). */
export function datasetJson(dataset: Dataset): string {
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    const first = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`the dataset does not match the schema, not exported — ${first.join('; ')}`);
  }
  return `${JSON.stringify(checked.data)}\n`;
}
