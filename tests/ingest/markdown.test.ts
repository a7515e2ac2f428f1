import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/lib/ingest/markdown.ts';

describe('markdownToText', () => {
  it('strips headings, links, images and emphasis, keeping the words', () => {
    const md = '# Kherson retaken\n\nTroops entered **[Kherson](https://x.example/k "k")** on _Friday_.\n\n![a map](map.png)\n\n---\n\n* a list item';
    expect(markdownToText(md)).toBe('Kherson retaken\n\nTroops entered Kherson on Friday.\n\n\n\n\n\n* a list item');
  });

  it('leaves plain prose alone', () => {
    const text = 'Russia’s forces — 30,000 troops — left 2*3 positions_near the river.';
    expect(markdownToText(text)).toBe(text);
  });
});
