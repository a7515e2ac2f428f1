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

describe('markdownToText runs each pass only when its syntax can occur', () => {
  it('gives what all passes give, on text with some syntax characters and not others', () => {
    const allPasses = (md: string) => md
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
      .replace(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1')
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
      .replace(/\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+"[^"\n]*")?\)/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, '$1$3');
    for (const md of [
      'Slava Ukraini! Troops left [at 05:00] Kherson.', '<!-- note -->Kherson', 'a\n- - -\nb [x](y)', 'a\n---\nb', '## Kherson ##\ntext',
      '**bold** and _it_ and __b__', 'x <!-- a\n--> ![i](j) [k](l "m") *n*', '* * *\nlist', 'snake_case and 2*3', 'a\n - - -\n',
    ]) expect(markdownToText(md), JSON.stringify(md)).toBe(/[#*_[!<]|^ {0,3}-{3}/m.test(md) ? allPasses(md) : md);
  });
});
