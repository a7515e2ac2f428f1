import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/ingest/frontMatter.ts';

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
