import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { formatDay } from '../../src/lib/format';
import {
  asOfDay, corpusTitle, createOverlayRegistry, featureFacts, hasHappened, overlaySearchPlaces, parsePublishedStory, parseStory,
  type StoryOverlay,
} from '../../src/lib/story/index';

const overlay = (patch: Partial<StoryOverlay> = {}): StoryOverlay => parseStory(JSON.stringify({
  title: 'T',
  overlays: [{ name: 'claims', file: 'overlays/claims.geojson', label: 'Claims', style: 'area', ...patch }],
})).overlays[0];

const fc = (...features: { id: string; name: string; [k: string]: unknown }[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map((p) => ({ type: 'Feature', id: p.id, properties: p, geometry: { type: 'Point', coordinates: [10, 20] } })),
});

describe('story file', () => {
  it('parses a minimal story and fills the defaults', () => {
    const story = parseStory('{"title":"Floods","overlays":[{"name":"zones","file":"zones.geojson","label":"Zones","style":"area"}]}');
    expect(story.overlays[0]).toMatchObject({ color: '#1f2937', facts: [], labelSide: 'right' });
  });

  it('rejects bad stories, naming the file and the problem', () => {
    expect(() => parseStory('{', 'corpus/story.json')).toThrow(/^corpus\/story\.json: not valid JSON/);
    expect(() => parseStory('{"overlays":[]}', 'story.json')).toThrow(/^story\.json: title:/);
    expect(() => parseStory('{"title":"x","overlays":[{"name":"Bad Name","file":"a.geojson","label":"A","style":"area"}]}')).toThrow(/overlays\.0\.name: must be a lower-case slug/);
    expect(() => parseStory('{"title":"x","overlays":[{"name":"a","file":"../a.geojson","label":"A","style":"area"}]}')).toThrow(/inside the corpus folder/);
    expect(() => parseStory('{"title":"x","overlays":[{"name":"a","file":"a.geojson","label":"A","style":"glow"}]}')).toThrow(/overlays\.0\.style/);
    const twice = '{"name":"a","file":"a.geojson","label":"A","style":"area"}';
    expect(() => parseStory(`{"title":"x","overlays":[${twice},${twice}]}`)).toThrow(/duplicate overlay name "a"/);
  });

  it('the published story names its folder and may have no story', () => {
    expect(parsePublishedStory({ folder: 'us-news', story: null }).folder).toBe('us-news');
    expect(() => parsePublishedStory({ story: null }, 'data/story.json')).toThrow(/^data\/story\.json: folder/);
  });
});

describe('as of a day', () => {
  it('is the end of the range, or today', () => {
    expect(asOfDay({ to: '2022-06-30' })).toBe('2022-06-30');
    expect(asOfDay({}, new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-01');
  });

  it('compares days and bare years as text', () => {
    expect(hasHappened('2022-09-30', '2022-09-30')).toBe(true);
    expect(hasHappened('2022-09-30', '2022-09-29')).toBe(false);
    expect(hasHappened('1956', '1956-01-01')).toBe(true);
    expect(hasHappened('1956', '1955-12-31')).toBe(false);
  });

  it('facts: dated once happened, pending text before, nothing without a pending text', () => {
    const facts = overlay({ facts: [
      { property: 'retaken', label: 'Retaken by Ukraine', pending: 'Not yet retaken by Ukraine', effect: 'note' },
      { property: 'annexed', label: 'Annexation claimed', note: 'not recognised', effect: 'appears' },
      { property: 'completed', label: 'Completed', effect: 'appears' },
    ] }).facts;
    const properties = { retaken: '2022-11-11', annexed: '2022-09-30', completed: 1956 };
    expect(featureFacts(facts, properties, '2022-11-01')).toEqual([
      { term: 'Not yet retaken by Ukraine', value: 'as of 1 Nov 2022', pending: true },
      { term: 'Annexation claimed', value: `${formatDay('2022-09-30')} (not recognised)`, pending: false },
      { term: 'Completed', value: '1956', pending: false },
    ]);
    expect(featureFacts(facts, properties, '2022-11-30')[0]).toEqual({ term: 'Retaken by Ukraine', value: '11 Nov 2022', pending: false });
    expect(featureFacts(facts, { annexed: '2022-09-30' }, '2022-06-30')).toEqual([]);
  });
});

describe('overlay registry', () => {
  it('indexes loaded features by id and names each overlay that failed', () => {
    const zones = overlay({ name: 'zones', label: 'Flood zones', file: 'overlays/zones.geojson' });
    const registry = createOverlayRegistry([
      { overlay: overlay(), data: fc({ id: 'crimea', name: 'Crimea', kind: 'admin1' }) },
      { overlay: zones, problem: 'overlays/zones.geojson: could not be loaded (HTTP 404)' },
    ]);
    expect(registry.overlays.map((o) => o.overlay.name)).toEqual(['claims']);
    expect([...registry.byId.keys()]).toEqual(['crimea']);
    expect(registry.problems).toHaveLength(1);
    expect(registry.problems[0]).toMatch(/Flood zones.*overlays\/zones\.geojson.*HTTP 404/);
  });

  it('search entries for overlay features that are not dataset places, with their other names', () => {
    const registry = createOverlayRegistry([{ overlay: overlay(), data: fc(
      { id: 'dam', name: 'The Dam', name_uk: 'Гребля', kind: 'dam' },
      { id: 'kyiv', name: 'Kyiv', kind: 'city' },
      { id: 'zone', name: 'Zone', kind: 'no-such-kind' },
    ) }]);
    const entries = overlaySearchPlaces(registry, (id) => id === 'kyiv');
    expect(entries.map((p) => [p.id, p.kind, p.names])).toEqual([['dam', 'dam', ['Гребля']], ['zone', 'region', []]]);
  });
});

describe('corpus title', () => {
  const articles = [{ published: '2025-03-09' }, { published: '2025-03-03' }, {}] as never;
  it('is the story\'s title when there is one, else derived from the folder, count and dates', () => {
    expect(corpusTitle({ folder: 'x', story: { title: 'Floods', description: 'd', overlays: [] } }, { articles })).toEqual({ title: 'Floods', description: 'd' });
    const derived = corpusTitle({ folder: 'us-news', story: null }, { articles });
    expect(derived.title).toBe('us-news');
    expect(derived.description).toMatch(/^3 articles · 3\s–\s9 Mar 2025$/);
  });
});
