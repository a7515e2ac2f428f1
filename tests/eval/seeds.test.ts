/**
 * Precision and recall of the whole ingest pipeline on the five seed articles, against the
 * annotation made by reading them (tests/fixtures/seed-annotation.yaml). Runs the REAL pipeline
 * (ingestFiles over tests/fixtures/seeds, with the real gazetteer), compares the set of distinct place ids
 * per article, prints per-article and micro-averaged precision/recall, and fails on any miss or
 * false find.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ingestFiles } from '../../src/lib/ingest/pipeline';
import { loadGazetteer } from '../../src/lib/gazetteer/index';
import { FIXTURES, fixtureFiles } from '../support/fixtures';

const annotationFile = path.join(FIXTURES, 'seed-annotation.yaml');
/** The seeds are the default story: every place found, nothing invented. */
const THRESHOLD = 1;

const annotationSchema = z.record(z.string(), z.array(z.string().min(1)));

function loadAnnotation(): Record<string, string[]> {
  const parsed = annotationSchema.safeParse(parse(readFileSync(annotationFile, 'utf8')));
  if (!parsed.success) throw new Error(`${annotationFile}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1)}%`.padStart(6));

describe('seed articles: places found by the pipeline vs. the annotation', () => {
  const annotation = loadAnnotation();
  const gazetteer = loadGazetteer();
  const files = fixtureFiles();
  const { dataset } = ingestFiles(files, gazetteer);

  it('annotates exactly the five seeds, with ids the gazetteer knows', () => {
    const seeds = files.map((f) => f.name.replace(/\.md$/, ''));
    expect(seeds).toHaveLength(5);
    expect(Object.keys(annotation).sort()).toEqual(seeds);
    expect(dataset.articles.map((a) => a.id).sort()).toEqual(seeds);
    for (const ids of Object.values(annotation)) for (const id of ids) expect(gazetteer.get(id), id).toBeDefined();
  });

  it(`precision and recall are both >= ${THRESHOLD} (micro-averaged over article x place pairs)`, () => {
    let tp = 0, fp = 0, fn = 0;
    const lines: string[] = ['article                     precision  recall   found/expected   wrong | missed'];
    for (const article of dataset.articles) {
      const expected = new Set(annotation[article.id] ?? []);
      const found = new Set(dataset.mentions.filter((m) => m.article === article.id).map((m) => m.place));
      const wrong = [...found].filter((p) => !expected.has(p)).sort();
      const missed = [...expected].filter((p) => !found.has(p)).sort();
      const hits = found.size - wrong.length;
      tp += hits; fp += wrong.length; fn += missed.length;
      lines.push(`${article.id.padEnd(26)} ${pct(hits / found.size)}   ${pct(hits / expected.size)}   ${String(found.size).padStart(5)}/${String(expected.size).padEnd(8)}  ${wrong.join(', ') || '-'} | ${missed.join(', ') || '-'}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    lines.push(`${'overall (micro)'.padEnd(26)} ${pct(precision)}   ${pct(recall)}   tp=${tp} fp=${fp} fn=${fn}`);
    console.log(`\n${lines.join('\n')}\n`);
    expect(precision).toBeGreaterThanOrEqual(THRESHOLD);
    expect(recall).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
