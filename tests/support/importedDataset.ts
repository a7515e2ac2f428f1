/** A dataset made by the import pipeline from the fixtures plus generated, differently dated articles. */
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { runImport } from '../../src/lib/importer/index';
import type { Dataset } from '../../src/lib/dataset';
import { fixtureSource, generatedArticle, sourceOf, THREE_ARTICLES } from './importFixtures';

export async function importedDataset(): Promise<Dataset> {
  const undated = '---\ntitle: No date\nlanguage: en\n---\n\nThe road from Odesa to Lviv was closed.\n';
  const sources = [
    ...THREE_ARTICLES.map(fixtureSource),
    ...['Odesa', 'Kharkiv', 'Lviv', 'Odesa'].map((place, i) => sourceOf(`gen-${i}.md`, generatedArticle(i, place, `2023-0${i + 1}-15`))),
    sourceOf('undated.md', undated),
  ];
  return (await runImport(sources, loadGazetteer())).dataset;
}
