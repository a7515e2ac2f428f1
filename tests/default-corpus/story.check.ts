// THE DEFAULT CORPUS CHECK, with default-corpus.check.ts the only tests that read corpus/: the
// story shipped with the repository still declares the five overlays under the names and legend
// labels PRODUCT.md fixes, and corpus/overlays/ is what build:geo makes, byte for byte. Not part of
// `npm test` (a user's corpus/ may hold anything): run by `npm run test:default-corpus` and CI.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/story/index';
import { buildGeoFiles } from '../../scripts/build-geo';
import { GEO_LAYERS } from '../../scripts/geo/files';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.join(ROOT, 'corpus');

describe.runIf(existsSync(path.join(CORPUS, 'story.json')))('the default corpus\'s story (corpus/story.json)', () => {
  const story = parseStory(readFileSync(path.join(CORPUS, 'story.json'), 'utf8'), 'corpus/story.json');

  it('declares the five overlays with the contract\'s names and legend labels', () => {
    const labels = Object.fromEntries(story.overlays.map((o) => [o.name, o.label]));
    expect(Object.keys(labels).sort()).toEqual(['annexed-oblasts', 'dnipro', 'kakhovka-dam', 'kherson', 'nova-kakhovka']);
    expect(labels.dnipro).toContain('Dnipro');
    expect(labels.kherson).toContain('Kherson');
    expect(labels['nova-kakhovka']).toContain('Nova Kakhovka');
    expect(labels['kakhovka-dam']).toContain('Kakhovka Dam');
    expect(labels['annexed-oblasts']).toContain('Annexed oblasts');
  });

  it('dates the claims, the retaking and the dam as facts the map acts on', () => {
    const facts = (name: string) => story.overlays.find((o) => o.name === name)!.facts;
    expect(facts('annexed-oblasts')).toContainEqual(expect.objectContaining({ property: 'annexed', effect: 'appears' }));
    expect(facts('kakhovka-dam')).toContainEqual(expect.objectContaining({ property: 'destroyed', effect: 'ends' }));
    expect(facts('kherson')).toContainEqual(expect.objectContaining({ property: 'retaken', pending: expect.stringMatching(/not yet retaken/i) }));
  });

  it('ships overlays/ exactly as build:geo makes them', () => {
    const built = buildGeoFiles();
    for (const layer of GEO_LAYERS.filter((l) => l.storyOverlay)) {
      const file = story.overlays.find((o) => o.name === layer.name)!.file;
      expect(readFileSync(path.join(CORPUS, file), 'utf8'), file).toBe(built.get(`${layer.dir}/${layer.file}`));
    }
  }, 120_000);
});
