import { describe, expect, it } from 'vitest';
import { readFrontMatter, readSimpleMapping } from '../../src/lib/ingest/frontMatter.ts';

describe('readFrontMatter', () => {
  it('returns the text unchanged when there is no front matter', () => {
    expect(readFrontMatter('Kherson was retaken.\n')).toEqual({ ok: true, meta: {}, body: 'Kherson was retaken.\n', warnings: [] });
  });

  it('parses the known keys and keeps the body byte for byte', () => {
    const r = readFrontMatter('---\ntitle: "A: title"\npublished: 2022-11-11\nlanguage: en\n---\n\n  Body\r\nline\n');
    expect(r).toEqual({ ok: true, meta: { title: 'A: title', published: '2022-11-11', language: 'en' }, body: '\n  Body\r\nline\n', warnings: [] });
  });

  it('accepts CRLF delimiters and reads numbers as text', () => {
    const r = readFrontMatter('---\r\ntitle: 1984\r\n---\r\nBody');
    expect(r).toEqual({ ok: true, meta: { title: '1984' }, body: 'Body', warnings: [] });
  });

  it('rejects a YAML syntax error with the line number in the file', () => {
    const r = readFrontMatter('---\ntitle: ok\nsource: "unclosed\nlanguage: en\n---\nBody');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^malformed front matter: .+ \(line [3-5]\)$/);
    const dup = readFrontMatter('---\ntitle: a\ntitle: b\n---\nBody');
    expect(dup).toEqual({ ok: false, reason: 'malformed front matter: Map keys must be unique (line 3)' });
  });

  it('rejects an unclosed block and a block that is not a mapping', () => {
    expect(readFrontMatter('---\ntitle: x\nBody')).toEqual({ ok: false, reason: "malformed front matter: no closing '---' line" });
    expect(readFrontMatter('---\n- a\n- b\n---\nBody').ok).toBe(false);
  });

  it('warns about unknown keys and values that are not text, and keeps the article', () => {
    const r = readFrontMatter('---\ntitle: [a, b]\ntags: war\nsource: Reuters\n---\nBody');
    expect(r).toEqual({
      ok: true,
      meta: { source: 'Reuters' },
      body: 'Body',
      warnings: ["unknown front matter key 'tags' ignored", "front matter 'title' must be a single text value; ignored"],
    });
  });
});

describe('readSimpleMapping (the fast path for plain key: value blocks)', () => {
  it('reads common blocks exactly as the YAML library does', async () => {
    const { parseDocument } = await import('yaml');
    const blocks = [
      'title: "Synthetic article 1"\npublished: 2022-11-09\nlanguage: en\n',
      "title: 'Kherson: retreat'\nsource: Radio Free Europe/Radio Liberty (reprinted)\nurl: https://example.org/a?b=c#d\n",
      'title: A  spaced, [bracketed] {braced} title# not a comment\npublished: 2022-11-09T10:00:00Z\n',
      'title: ""\nauthor: Jane "JD" Doe\nlanguage: id\npublished_precision: estimate\n',
      'title: yes\nsource: on\nauthor: nULL\nurl: 12:30\n',
      'title: Ü — «Херсон» 😀\n',
    ];
    for (const block of blocks) {
      const fast = readSimpleMapping(block);
      expect(fast, block).toBeDefined();
      expect(fast).toEqual(parseDocument(block, { uniqueKeys: true }).toJS());
    }
  });

  it('leaves everything else to the YAML library', () => {
    for (const block of [
      'title: 1984\n', 'title: 1.0\n', 'title: .5\n', 'title: 0x1F\n', 'title: null\n', 'title: ~\n', 'title: True\n', 'title: .inf\n',
      'title: a #comment\n', 'title: "a" # comment\n', 'title: a: b\n', 'title: a:\n', 'title: "esc \\" q"\n', "title: 'it''s'\n",
      'title: [a, b]\n', 'title: {a: 1}\n', 'title: &a x\n', 'title: *a\n', 'title: !tag x\n', 'title: >\n  folded\n', 'title: |\n  lit\n',
      'title: -x\n', 'title: @x\n', 'title:\n', 'title: \n', 'title: a\ntitle: b\n', 'title: a\r\n', 'title: a\tb\n', '# comment\ntitle: a\n',
      '- a\n- b\n', 'title : a\n', 'title:\tx\n', 'true: x\n', '__proto__: x\n', '"title": x\n', 'title: a\n\nsource: b\n', '',
    ]) expect(readSimpleMapping(block), JSON.stringify(block)).toBeUndefined();
  });
});
